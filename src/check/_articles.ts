/** Internal (tests only): articles written for the tests of the findings and the reports. */

/** A well-sourced, neutral article: every figure and claim has a named source, no judgements. */
export const NEUTRAL = `City council approves budget for harbour repairs

The Northport city council voted 7 to 2 on Tuesday to spend $4.2 million on repairs to the harbour wall, the council's finance director, Maria Keller, said after the meeting.

"The wall has not been repaired since 1987, and the engineers' report found cracks along 300 metres of it," Keller told reporters.

According to the engineering firm Baltic Marine, which inspected the wall in March, about 40 percent of the stones need to be replaced. The firm estimated that the work would take 18 months.

Council member Tom Reyes, who voted against the plan, said he supported the repairs but wanted the cost shared with the regional government. "We asked the region for half of the money and they have not answered yet," he said.

The regional transport office said in a statement on Wednesday that it would review the request in January.

Work is scheduled to begin in May, according to the council's published timetable.

Sources:
Northport City Council minutes, 14 March
Baltic Marine inspection report
`;

/** The same story told badly: a headline that overstates and misattributes, vague and loaded wording. */
export const SLANTED = `Mayor confirms 900 homes flooded as river disaster deepens
- Mayor confirms 900 homes flooded across the valley.
- Residents say officials promised to "abandon the lower town" to the river.

The flooding in the valley has been a shameful fiasco. The regional water agency estimates that up to 900 homes may have been flooded since Sunday, while Mayor Ann Holt said only that hundreds of homes were affected.

Holt said the town would "review the plans for the lower town" next year. Reports suggest the dam was poorly maintained, and analysts say repairs were delayed for years.

Sources:
Reuters.com
BBC.com
`;

/** A hostile article: markup, script, `javascript:` links and handlers in title, summary, body and sources. */
export const HOSTILE = `Breaking </title><script>window.__pwned=1</script> news
- Officials said "<img src=x onerror=alert(1)>" was fine.

<svg onload="window.__pwned=6"></svg><iframe src="javascript:window.__pwned=7"></iframe><meta http-equiv="refresh" content="0;url=javascript:window.__pwned=8">
It said "><script>window.__pwned=9</script><x y=" and ' onmouseover='window.__pwned=10' x=' too.

Click <a href="javascript:alert(1)">here</a> or [here](javascript:alert(2)) and <b onmouseover="alert(3)">hover</b>. The agency said 12 people were hurt, "<script>alert(4)</script>" it added.

Sources:
javascript:alert(5)
`;
