import Page from "../../(en)/page.jsx";

export const dynamic = "force-dynamic";

export default Page;
