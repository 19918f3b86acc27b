import { describe, expect, test } from "vitest";
import { permanentFailures } from "../../lib/mail/dsn";

describe("permanentFailures (RFC 3464 delivery status)", () => {
  test("several recipients in one report: only the permanent failures, lower-cased, once each", () => {
    const report = [
      "Reporting-MTA: dns; mx.example.fi",
      "",
      "Final-Recipient: rfc822; One@Example.fi",
      "Action: failed",
      "Status: 5.1.1",
      "",
      "Final-Recipient: rfc822; two@example.fi",
      "Action: delayed",
      "Status: 4.4.1",
      "",
      "Final-Recipient: rfc822;three@example.fi",
      "Action: failed",
      "Status: 5.2.2 (mailbox full)",
      "Final-Recipient: rfc822; one@example.fi",
      "Action: failed",
      "Status: 5.1.1",
    ].join("\n");
    expect(permanentFailures(report)).toEqual(["one@example.fi", "three@example.fi"]);
  });

  test("a status that is not 5.x.x, a missing recipient, or a non-address is no bounce", () => {
    expect(permanentFailures("Final-Recipient: rfc822; a@example.fi\nStatus: 2.0.0\nAction: delivered")).toEqual([]);
    expect(permanentFailures("Action: failed\nStatus: 5.1.1")).toEqual([]);
    expect(permanentFailures("Final-Recipient: rfc822; not-an-address\nStatus: 5.1.1")).toEqual([]);
    expect(permanentFailures("Status: 550 user unknown\nFinal-Recipient: rfc822; a@example.fi")).toEqual([]);
    expect(permanentFailures("")).toEqual([]);
  });
});
