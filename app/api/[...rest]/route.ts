// Unknown API paths answer in JSON, like the rest of the API.
function notFound() {
  return Response.json({ error: "not_found" }, { status: 404 });
}
export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
