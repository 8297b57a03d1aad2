import { describe, expect, it } from "vitest";
import { BATCHES_2025 } from "./catalog/batches-2025";
import { certificateDates, deriveBatchDates, reviewFeedbackDue } from "./derived-dates";
import type { BatchDef } from "./types";
import { createWorkingDayCalendar } from "./working-days";

// Every expected date was counted by hand on the State Council's 2025/2026 holiday schedules.
const cal = createWorkingDayCalendar();

function batch(seq: number): BatchDef {
  const found = BATCHES_2025.find((b) => b.seq === seq);
  if (!found) throw new Error(`no batch ${seq}`);
  return found;
}

describe("deriveBatchDates: 六 ticket hand-out, 八 results notice, 九 certificates", () => {
  it("batch 1, exam Sat 2025-02-22", () => {
    expect(deriveBatchDates(batch(1), cal)).toEqual({
      // 六: 2/21 Fri is 1, 2/20 Thu is 2 working days before.
      ticketHandoutDeadline: "2025-02-20",
      // 八: 2/24–2/28 are the 5 working days after; the notice goes up on the 5th, Fri 2/28,
      // and runs 5 working days counting that day: 2/28, 3/3–3/6.
      resultNoticeStart: "2025-02-28",
      resultNoticeEnd: "2025-03-06",
      // 九: 60th working day after is Wed 5/21 (清明 4/4, 劳动节 5/1–5/5 off, Sun 4/27 worked).
      certificateReadyFrom: "2025-05-21",
    });
  });

  it("batch 4, exam Sat 2025-05-24: 端午 (5/31–6/2) delays the notice", () => {
    expect(deriveBatchDates(batch(4), cal)).toEqual({
      ticketHandoutDeadline: "2025-05-22",
      // 5/26–5/30 are the 5: the notice starts Fri 5/30; 5/31–6/2 are off; 5/30, 6/3–6/6.
      resultNoticeStart: "2025-05-30",
      resultNoticeEnd: "2025-06-06",
      // 60th working day after is Mon 8/18.
      certificateReadyFrom: "2025-08-18",
    });
  });

  it("batch 7, exam Sat 2025-08-09: no holiday nearby", () => {
    expect(deriveBatchDates(batch(7), cal)).toMatchObject({
      ticketHandoutDeadline: "2025-08-07",
      // 8/11–8/15: starts Fri 8/15; 8/15, 8/18–8/21.
      resultNoticeStart: "2025-08-15",
      resultNoticeEnd: "2025-08-21",
    });
  });

  it("batch 8, exam Sat 2025-09-13: certificates counted through 国庆 and both make-up days", () => {
    expect(deriveBatchDates(batch(8), cal)).toEqual({
      ticketHandoutDeadline: "2025-09-11",
      resultNoticeStart: "2025-09-19",
      resultNoticeEnd: "2025-09-25",
      // 9/28 Sun and 10/11 Sat count, 10/1–10/8 do not: 60th is Thu 12/11.
      certificateReadyFrom: "2025-12-11",
    });
  });

  it("batch 9, exam Sat 2025-10-18: certificates run into 2026's 元旦 and make-up Sunday 1/4", () => {
    expect(deriveBatchDates(batch(9), cal)).toEqual({
      ticketHandoutDeadline: "2025-10-16",
      resultNoticeStart: "2025-10-24",
      resultNoticeEnd: "2025-10-30",
      // 53 working days to 12/31; 2026-01-01..03 off; 1/4 Sun is 54; 1/5–1/9 reach 59; 1/12 is 60.
      certificateReadyFrom: "2026-01-12",
    });
  });

  it("batch 10, exam Sat 2025-11-08", () => {
    expect(deriveBatchDates(batch(10), cal)).toMatchObject({
      ticketHandoutDeadline: "2025-11-06",
      resultNoticeStart: "2025-11-14",
      resultNoticeEnd: "2025-11-20",
    });
  });

  it("a Saturday exam just before 国庆 (2025-09-27): the notice runs over make-up Saturday 10/11", () => {
    const b: BatchDef = { ...batch(9), examDate: "2025-09-27" };
    expect(deriveBatchDates(b, cal)).toMatchObject({
      // 9/26 Fri is 1, 9/25 Thu is 2.
      ticketHandoutDeadline: "2025-09-25",
      // 9/28 Sun, 9/29, 9/30, 10/9, 10/10 are the 5: the notice starts Fri 10/10.
      resultNoticeStart: "2025-10-10",
      // 10/10, 10/11 Sat (make-up), 10/13, 10/14, 10/15.
      resultNoticeEnd: "2025-10-15",
    });
  });

  it("staff overrides move the derived dates", () => {
    // 2/26 declared a holiday: 2/24, 2/25, 2/27, 2/28, 3/3 are the 5; then 3/3–3/7.
    const custom = createWorkingDayCalendar(new Map([["2025-02-26", false]]));
    expect(deriveBatchDates(batch(1), custom)).toMatchObject({
      resultNoticeStart: "2025-03-03",
      resultNoticeEnd: "2025-03-07",
    });
  });
});

describe("reviewFeedbackDue: 四(一)3 复审 within 10 working days", () => {
  it.each([
    // 1/10 Fri, 1/13–1/17, 1/20–1/23.
    ["2025-01-09", "2025-01-23"],
    // 1/26 Sun, 1/27, then 春节 until 2/4; 2/5–2/7, 2/8 Sat, 2/10–2/13.
    ["2025-01-24", "2025-02-13"],
    // 9/28 Sun, 9/29, 9/30, then 国庆 until 10/8; 10/9, 10/10, 10/11 Sat, 10/13–10/16.
    ["2025-09-26", "2025-10-16"],
  ])("received %s: answer due %s", (received, due) => {
    expect(reviewFeedbackDue(received, cal)).toBe(due);
  });
});

describe("certificateDates: 九 after the notice of 八 (issue 12 item 8)", () => {
  it("batch 4 (exam 2025-05-24, notice from 05-30, 端午 06-02 off): e-certificate 06-09, paper 08-18", () => {
    expect(certificateDates("2025-05-30", "2025-05-24", cal)).toEqual({
      noticeEnd: "2025-06-06",
      electronicFrom: "2025-06-09",
      paperFrom: "2025-08-18",
    });
  });

  it("a notice across National Day and its 调休 Sunday: ends 10-09, e-certificate 10-10", () => {
    expect(certificateDates("2025-09-26", "2025-09-20", cal)).toMatchObject({
      noticeEnd: "2025-10-09",
      electronicFrom: "2025-10-10",
    });
  });

  it("the e-certificate day is never inside the notice: the first working day after its 5 working days, for every 2025 batch", () => {
    for (const b of BATCHES_2025) {
      const publishedOn = deriveBatchDates(b, cal).resultNoticeStart;
      const d = certificateDates(publishedOn, b.examDate, cal);
      expect(d.noticeEnd).toBe(cal.periodEnd(publishedOn, 5));
      expect(d.electronicFrom > d.noticeEnd).toBe(true);
      expect(cal.isWorkingDay(d.electronicFrom)).toBe(true);
      expect(cal.addWorkingDays(d.noticeEnd, 1)).toBe(d.electronicFrom);
      expect(d.paperFrom).toBe(deriveBatchDates(b, cal).certificateReadyFrom);
      expect(d.paperFrom > d.electronicFrom).toBe(true);
    }
  });

  it("a notice published late moves the e-certificate, not the paper date", () => {
    const onTime = certificateDates("2025-05-30", "2025-05-24", cal);
    const late = certificateDates("2025-06-05", "2025-05-24", cal);
    expect(late.electronicFrom > onTime.electronicFrom).toBe(true);
    expect(late.paperFrom).toBe(onTime.paperFrom);
  });
});
