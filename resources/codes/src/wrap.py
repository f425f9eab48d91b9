# WRAP 12 Principles content, paraphrased in our own words with principle numbers.
CODE = {
    "id": "wrap", "aliases": [], "name": "WRAP 12 Principles",
    "edition": "WRAP 12 Principles, web text of 2026-04-27", "version": "2026-04-27",
    "effective_date": "2026-04-27", "publisher": "Worldwide Responsible Accredited Production (WRAP)",
    "note": ("Principles paraphrased by Fieldbook; numbering and titles follow the 12 Principles as published on "
             "WRAP's own site (wrapcompliance.org, 12 Principles page, last revised 2026-04-27; WRAP gives the "
             "principles no edition number or date in force, so the page's revision date stands for one). "
             "Minimum age: 15, or 14 in less-developed countries where the law allows, or the legal minimum or "
             "compulsory-schooling age where higher. The order of principles 7 to 9 was read only in secondary "
             "copies."),
    "thresholds": {"minimum_age": 15, "minimum_age_developing_exception": 14, "max_consecutive_days": 6},
}
SECTIONS = [
 ("1", "Compliance with Laws and Workplace Regulations", "management_system", [("1", "Compliance with laws and workplace regulations", False, [
   ("Does the facility keep an up-to-date register of applicable labour, safety and environmental laws?", "Check register and responsibilities.", ["legal register"], "DM", "minor", None, None),
   ("Does the facility hold the business licences and permits the law requires?", "Check validity dates.", ["licences", "permits"], "D", "major", None, "x.env.permits"),
   ("Are the facility's records accurate, complete and available for the review period?", "Incomplete or inaccurate wage-and-hour records limit certification to Silver.", ["records"], "D", "major", None, "x.ms.records"),
 ])]),
 ("2", "Prohibition of Forced Labor", "forced_labour", [("2", "Prohibition of forced labor", False, [
   ("Is all work voluntary, with no prison, bonded, indentured or forced labour?", "Interview migrants and agency workers individually.", ["worker testimony"], "WD", "critical", None, "x.forced.trafficking"),
   ("Do workers keep their identity documents?", "Check HR safes.", ["HR files"], "WOD", "critical", None, "x.forced.documents"),
   ("Are workers free of recruitment fees and deposits?", "Ask about payments.", ["pay slips", "agency contracts"], "WD", "critical", None, "x.forced.fees"),
   ("Can workers move freely and resign?", "Observe gates.", ["gate rules"], "OW", "critical", None, "x.forced.freedom_of_movement"),
   ("Can workers resign with notice and get their final pay?", "Check exit records.", ["exit records"], "DW", "major", None, "x.forced.resignation"),
 ])]),
 ("3", "Prohibition of Child Labor", "child_labour", [("3", "Prohibition of child labor", False, [
   ("Is no one employed below 15 (14 in less-developed countries where the law allows), the legal minimum age or the compulsory-schooling age, whichever is highest?", "Check the register against the ages.", ["register", "ID copies"], "DO", "critical", None, "x.age.no_child_labour"),
   ("Is age verified with reliable documents for every worker?", "Sample files.", ["ID copies"], "DM", "major", None, "x.age.verification"),
   ("Are young workers protected from hazardous work and night work where the law forbids it?", "Check time records by age.", ["time records"], "DO", "major", "young_workers", "x.young.hours_night"),
   ("Are young workers kept away from hazardous tasks?", "Observe.", ["site observation"], "O", "major", "young_workers", "x.young.hazardous"),
   ("Is there a remediation procedure for children found working?", "Check procedure.", ["remediation procedure"], "DM", "major", None, "x.age.remediation"),
 ])]),
 ("4", "Prohibition of Harassment and Abuse", "discipline", [("4", "Prohibition of harassment and abuse", False, [
   ("Is the workplace free from harassment, abuse and corporal punishment?", "Interview individually.", ["worker testimony"], "WO", "critical", None, "x.disc.humane_treatment"),
   ("Is sexual harassment prevented and can workers report it safely?", "Check policy and log.", ["harassment policy", "grievance log"], "WD", "major", None, "x.disc.harassment"),
   ("Is the disciplinary procedure written, graduated and known to workers?", "Compare with practice.", ["disciplinary procedure"], "DW", "minor", None, "x.disc.procedure"),
 ])]),
 ("5", "Compensation and Benefits", "wages", [("5", "Compensation and benefits", False, [
   ("Is at least the legal minimum total compensation paid, including mandated benefits?", "See the minimum-wage analysis.", ["payroll"], "DW", "major", None, "x.wages.minimum"),
   ("Is overtime paid at the legal premium?", "Check rates.", ["payroll"], "D", "major", None, "x.wages.overtime_premium"),
   ("Are legally mandated benefits (social insurance, leave, holidays) provided?", "Check enrolment.", ["social insurance records"], "D", "major", None, "x.wages.benefits"),
   ("Are deductions legal and never disciplinary?", "Check pay slips.", ["pay slips"], "DW", "major", None, "x.wages.no_disciplinary_deductions"),
   ("Are wages paid on time with a clear pay statement?", "Check pay dates and slips.", ["pay slips", "bank records"], "DW", "minor", None, "x.wages.pay_statement"),
   ("Are wages paid on time and in full?", "Match transfers with payroll.", ["bank records"], "D", "major", None, "x.wages.paid_on_time"),
 ])]),
 ("6", "Hours of Work", "working_hours", [("6", "Hours of work", False, [
   ("Are regular hours within legal limits?", "Check weekly regular hours.", ["time records"], "D", "major", None, "x.hours.regular_limit"),
   ("Are total hours within legal limits, or covered by a Working Hours Action Plan showing progress?", "Since 2016 a facility over the limit can reach Gold if hours are voluntary, safe, fully paid and transparent with an action plan.", ["time records", "working hours action plan"], "DM", "major", None, "x.hours.total_limit"),
   ("Is overtime voluntary?", "Ask workers.", ["worker testimony"], "WD", "major", None, "x.hours.voluntary_overtime"),
   ("Do workers get at least one day off in seven, except for urgent business needs?", "Check runs of worked days.", ["time records"], "D", "major", None, "x.hours.rest_day"),
   ("Are hours records complete and consistent with payroll?", "Contradictions limit certification.", ["time records", "payroll"], "D", "major", None, "x.hours.records_reliable"),
   ("Is overtime within the legal weekly limit?", "Check weekly overtime.", ["time records"], "D", "major", None, "x.hours.overtime_limit"),
 ])]),
 ("7", "Prohibition of Discrimination", "discrimination", [("7", "Prohibition of discrimination", False, [
   ("Are employment decisions based on ability, not personal characteristics or beliefs?", "Compare pay and promotion by group.", ["pay data"], "DWM", "major", None, "x.disc.equal_treatment"),
   ("Are workers free from pregnancy testing and discriminatory medical tests?", "Check medical forms.", ["medical forms"], "DW", "critical", None, "x.disc.pregnancy_testing"),
 ])]),
 ("8", "Health and Safety", "health_safety", [("8", "Health and safety", False, [
   ("Are exits unlocked, marked and clear?", "Walk routes.", ["site observation"], "O", "critical", None, "x.hs.exits"),
   ("Are fire drills held and recorded?", "Check records.", ["drill records"], "DO", "major", None, "x.hs.fire_drills"),
   ("Are hazards assessed and controlled?", "Check assessment.", ["risk assessment"], "DO", "major", None, "x.hs.risk_assessment"),
   ("Is PPE provided free and used?", "Observe.", ["PPE records"], "OW", "major", None, "x.hs.ppe"),
   ("Are machines guarded?", "Inspect.", ["site observation"], "O", "major", None, "x.hs.machine_guarding"),
   ("Are toilets, water and eating areas clean and sufficient?", "Inspect.", ["site observation"], "OW", "major", None, "x.hs.sanitation"),
   ("Are dormitories safe and decent?", "Inspect.", ["site observation"], "OW", "major", "dormitory", "x.hs.dormitory"),
   ("Are chemicals stored and labelled safely?", "Inspect stores.", ["chemical inventory"], "DO", "major", "chemicals", "x.hs.chemicals"),
   ("Are accidents recorded and investigated?", "Check register.", ["accident register"], "DW", "major", None, "x.hs.accidents"),
   ("Are workers trained in health and safety?", "Check records.", ["training records"], "DW", "minor", None, "x.hs.training"),
 ])]),
 ("9", "Freedom of Association and Collective Bargaining", "freedom_of_association", [("9", "Freedom of association and collective bargaining", False, [
   ("Is the legal right of workers to associate, organise and bargain collectively recognised and respected?", "Ask workers.", ["union records"], "WMD", "major", None, "x.foa.right"),
   ("Are worker representatives protected from retaliation?", "Check their files.", ["representatives' files"], "WD", "major", None, "x.foa.no_retaliation"),
 ])]),
 ("10", "Environment", "environment", [("10", "Environment", False, [
   ("Does the facility comply with environmental rules and hold its permits?", "Check permits.", ["permits"], "D", "major", None, "x.env.permits"),
   ("Are wastewater and solid waste handled as the law requires?", "Check manifests.", ["waste manifests", "wastewater tests"], "DO", "major", None, "x.env.waste"),
 ])]),
 ("11", "Customs Compliance", "customs_security", [("11", "Customs compliance", False, [
   ("Does the facility comply with customs law, including rules against illegal transshipment?", "Check shipping records.", ["shipping records"], "DM", "major", None, None),
   ("Are origin declarations and shipping documents accurate?", "Sample documents.", ["origin declarations"], "D", "minor", None, None),
 ])]),
 ("12", "Security", "customs_security", [("12", "Security", False, [
   ("Are procedures in place to prevent illegal goods (e.g. drugs, explosives) entering shipments?", "Check access control and cargo sealing.", ["security procedure", "seal logs"], "DO", "major", None, None),
   ("Is access to the facility and loading areas controlled?", "Observe gates.", ["site observation", "visitor log"], "O", "minor", None, None),
 ])]),
]
