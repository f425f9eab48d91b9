# RBA Code of Conduct 8.0 content, paraphrased in our own words with item numbers.
CODE = {
    "id": "rba", "aliases": ["eicc"], "name": "Responsible Business Alliance Code of Conduct",
    "edition": "RBA Code of Conduct 8.0", "version": "8.0", "effective_date": "2024-01-01",
    "publisher": "Responsible Business Alliance (formerly EICC)",
    "note": ("Requirements paraphrased by Fieldbook; item numbers follow RBA Code of Conduct 8.0 (2024), which "
             "has five sections A Labor, B Health and Safety, C Environment, D Ethics, E Management System. RBA's "
             "own 8.0 text was not available: the A1-A7 titles and order and the E1 title were read in secondary "
             "copies tied to 8.0 (RBA's Responsible Labor Initiative page, an 8.0 VAP criteria listing); the "
             "B, C, D and E2-E12 items follow secondary lists and the 7.0 VAP guidance and were not confirmed for "
             "8.0. B8 (Health and Safety Communication) is marked verify=true."),
    "thresholds": {"minimum_age": 15, "young_worker_age": 18, "max_total_hours_per_week": 60, "max_consecutive_days": 6},
}
SECTIONS = [
 ("A", "Labor", "labour", [
  ("A1", "Freely Chosen Employment", False, [
   ("Do workers keep their own identity and immigration documents?", "Ask individually; check HR safes.", ["HR files", "worker testimony"], "WOD", "priority", None, "x.forced.documents"),
   ("Have workers paid no recruitment fees or related costs to the employer or any agent?", "Ask each migrant worker what they paid before and after arriving.", ["recruitment records", "agency contracts", "worker testimony"], "WD", "priority", None, "x.forced.fees"),
   ("Did workers receive a written contract in their own language before leaving their home country?", "Compare the pre-departure contract with the contract in use.", ["pre-departure contracts", "employment contracts"], "DW", "major", "migrant_workers", "x.forced.trafficking"),
   ("Can workers leave the premises, dormitories and the job freely?", "Observe gates and dormitory rules.", ["dormitory rules", "gate observation"], "OW", "priority", None, "x.forced.freedom_of_movement"),
   ("Can workers resign without penalty under the notice set by law or contract?", "Check exit records.", ["resignation records"], "DW", "major", None, "x.forced.resignation"),
  ]),
  ("A2", "Young Workers", False, [
   ("Is no one employed below 15, below the age for completing compulsory education, or below the national minimum, whichever is highest?", "Check register birth dates against the highest of the three ages.", ["register", "ID copies"], "DO", "priority", None, "x.age.no_child_labour"),
   ("Is every worker's age verified with reliable documents?", "Sample files across departments and agencies.", ["ID copies", "recruitment procedure"], "DM", "major", None, "x.age.verification"),
   ("Are workers under 18 kept from hazardous work, night shifts and overtime?", "Filter time records by age.", ["time records", "job assignments"], "DO", "major", "young_workers", "x.young.hours_night"),
   ("Are young workers kept away from hazardous chemicals, heavy loads and dangerous machines?", "Observe their stations.", ["site observation", "risk assessment"], "O", "major", "young_workers", "x.young.hazardous"),
   ("Are student workers and interns managed under written agreements, paid fairly and protected like other workers?", "Check school agreements and intern pay.", ["student worker agreements", "payroll"], "DW", "major", None, None),
   ("Is there a remediation procedure if child labour is found?", "The procedure should protect the child's interest.", ["remediation procedure"], "DM", "major", None, "x.age.remediation"),
  ]),
  ("A3", "Working Hours", False, [
   ("Do working weeks stay at or below 60 hours including overtime, except in emergencies?", "Check every worker-week in the record analysis.", ["time records", "payroll"], "DW", "major", None, "x.hours.total_limit"),
   ("Are regular hours within the legal limit?", "Compare with the country rules in force.", ["time records"], "D", "major", None, "x.hours.regular_limit"),
   ("Is overtime within the legal limit and voluntary?", "Ask whether refusal has consequences.", ["time records", "worker testimony"], "DW", "major", None, "x.hours.voluntary_overtime"),
   ("Do workers get at least one day off every seven days?", "Look for runs of seven or more worked days.", ["time records"], "D", "major", None, "x.hours.rest_day"),
   ("Are the hours records reliable and consistent with pay, production and gate records?", "Contradictions suggest double books.", ["time records", "payroll", "gate log"], "DW", "major", None, "x.hours.records_reliable"),
   ("Is weekly overtime within the limit set by law?", "Check the maximum overtime week per worker.", ["time records"], "D", "major", None, "x.hours.overtime_limit"),
  ]),
  ("A4", "Wages and Benefits", False, [
   ("Is everyone paid at least the legal minimum wage?", "See the minimum-wage analysis.", ["payroll", "pay slips"], "DW", "major", None, "x.wages.minimum"),
   ("Is overtime paid at premium rates?", "Check overtime rates against regular rates.", ["payroll"], "D", "major", None, "x.wages.overtime_premium"),
   ("Are deductions never used as a disciplinary measure?", "List deduction types on pay slips.", ["pay slips"], "DW", "major", None, "x.wages.no_disciplinary_deductions"),
   ("Do workers receive a timely, understandable pay statement each period?", "Ask workers to explain their pay slip.", ["pay slips"], "DW", "minor", None, "x.wages.pay_statement"),
   ("Are legally mandated benefits (social insurance, paid leave, holidays) provided?", "Check social-insurance enrolment against headcount.", ["social insurance records", "leave records"], "D", "major", None, "x.wages.benefits"),
   ("Are wages paid on time and in full?", "Match bank transfers to payroll.", ["bank records", "payroll"], "D", "major", None, "x.wages.paid_on_time"),
   ("Is temporary, dispatch or outsourced labour kept within legal limits?", "Compare agency share with the legal cap.", ["agency contracts"], "DM", "minor", "agency_workers", "x.wages.no_sham_contracts"),
  ]),
  ("A5", "Humane Treatment", False, [
   ("Are workers free from harsh and inhumane treatment, including violence, abuse, coercion and public humiliation?", "Interview individually and off-site.", ["worker testimony", "site observation"], "WO", "priority", None, "x.disc.humane_treatment"),
   ("Are disciplinary policies written, clear and communicated to workers?", "Compare handbook with practice.", ["handbook", "disciplinary records"], "DW", "minor", None, "x.disc.procedure"),
  ]),
  ("A6", "Non-Discrimination/Non-Harassment", False, [
   ("Are pay, hiring and promotion free from discrimination and harassment?", "Compare pay by gender and origin.", ["pay data", "promotion records"], "DWM", "major", None, "x.disc.equal_treatment"),
   ("Are workers protected from sexual harassment, with a working reporting channel?", "Interview women workers individually.", ["harassment policy", "grievance log"], "WD", "major", None, "x.disc.harassment"),
   ("Are workers free from medical tests used in a discriminatory way, including pregnancy tests?", "Check pre-employment medical forms.", ["medical forms"], "DW", "priority", None, "x.disc.pregnancy_testing"),
   ("Are reasonable accommodations made for religious practices?", "Ask about prayer breaks and dress.", ["worker testimony"], "W", "minor", None, None),
  ]),
  ("A7", "Freedom of Association", False, [
   ("Are workers free to form and join unions, bargain collectively and assemble peacefully?", "Ask about unions or committees.", ["union records", "worker testimony"], "WMD", "major", None, "x.foa.right"),
   ("Can workers and their representatives raise concerns about conditions without fear of reprisal?", "Check representatives' files.", ["representatives' files"], "WD", "major", None, "x.foa.no_retaliation"),
   ("Where law restricts unions, are other forms of free worker representation allowed?", "Check elections.", ["election records"], "DW", "minor", None, "x.foa.parallel_means"),
  ]),
 ]),
 ("B", "Health and Safety", "health_safety", [
  ("B1", "Occupational Safety", False, [
   ("Are workplace hazards identified and controlled (engineering, administrative, PPE)?", "Check the risk assessment against the floor.", ["risk assessment"], "DO", "major", None, "x.hs.risk_assessment"),
   ("Is suitable protective equipment provided free and used?", "Observe use.", ["PPE records"], "OW", "major", None, "x.hs.ppe"),
   ("Are pregnant and nursing workers protected from hazards, with nursing facilities?", "Check maternity risk assessment.", ["maternity risk assessment"], "DO", "major", None, None),
  ]),
  ("B2", "Emergency Preparedness", False, [
   ("Are exits unlocked, marked and clear?", "Walk routes during production.", ["site observation"], "O", "priority", None, "x.hs.exits"),
   ("Are evacuation drills held at least yearly (or as law requires) and recorded?", "Check drill records per shift.", ["drill records"], "DO", "major", None, "x.hs.fire_drills"),
   ("Are fire detection, alarms and suppression equipment installed and maintained?", "Check inspection tags.", ["inspection records"], "DO", "major", None, None),
  ]),
  ("B3", "Occupational Injury and Illness", False, [
   ("Are injuries and illnesses reported, recorded, treated and investigated?", "Compare register with clinic log.", ["injury register", "clinic log"], "DW", "major", None, "x.hs.accidents"),
  ]),
  ("B4", "Industrial Hygiene", False, [
   ("Is exposure to chemical, biological and physical agents measured and controlled?", "Ask for exposure monitoring.", ["exposure monitoring"], "DO", "major", "chemicals", "x.hs.chemicals"),
  ]),
  ("B5", "Physically Demanding Work", False, [
   ("Are physically demanding tasks (lifting, long standing, repetition) assessed and controlled?", "Observe lifting and workstation design.", ["ergonomic assessment"], "OD", "minor", None, None),
  ]),
  ("B6", "Machine Safeguarding", False, [
   ("Are machines fitted with guards, interlocks and barriers that are maintained?", "Inspect machines on the floor.", ["site observation", "maintenance records"], "O", "major", None, "x.hs.machine_guarding"),
  ]),
  ("B7", "Sanitation, Food, and Housing", False, [
   ("Are clean toilets, drinking water and hygienic food facilities provided?", "Count toilets, test water records.", ["site observation"], "OW", "major", None, "x.hs.sanitation"),
   ("Are dormitories clean, safe, with emergency exits, hot water, heat and ventilation, and reasonable personal space?", "Inspect rooms and exits.", ["site observation"], "OW", "major", "dormitory", "x.hs.dormitory"),
   ("Is canteen food prepared hygienically?", "Inspect kitchen.", ["hygiene records"], "OD", "minor", "canteen", None),
  ]),
  ("B8", "Health and Safety Communication", True, [
   ("Do workers receive health and safety information and training in their language?", "Ask workers.", ["training records"], "DW", "minor", None, "x.hs.training"),
   ("Are health and safety notices posted where workers can read them?", "Check postings.", ["site observation"], "O", "minor", None, None),
  ]),
 ]),
 ("C", "Environment", "environment", [
  ("C1", "Environmental Permits and Reporting", False, [("Are all required environmental permits obtained, current and complied with?", "Check permit list.", ["permits"], "D", "major", None, "x.env.permits")]),
  ("C2", "Pollution Prevention and Resource Reduction", False, [("Are emissions, discharges and waste reduced at source?", "Look for programmes with targets.", ["environmental programme"], "DM", "minor", None, None)]),
  ("C3", "Hazardous Substances", False, [("Are hazardous substances identified, labelled and managed safely through handling, storage, recycling and disposal?", "Inspect chemical stores.", ["chemical inventory"], "DO", "major", "chemicals", "x.hs.chemicals")]),
  ("C4", "Solid Waste", False, [("Is solid waste identified, managed and disposed of through licensed handlers?", "Check disposal contracts.", ["waste manifests"], "DO", "minor", None, "x.env.waste")]),
  ("C5", "Air Emissions", False, [("Are air emissions characterised, monitored and treated as required?", "Check monitoring reports.", ["emission reports"], "D", "minor", None, None)]),
  ("C6", "Materials Restrictions", False, [("Does the facility meet legal and customer restrictions on substances in products?", "Check restricted-substance tests.", ["RSL test reports"], "D", "minor", None, None)]),
  ("C7", "Water Management", False, [("Is wastewater characterised, monitored and treated before discharge?", "Check treatment and discharge tests.", ["wastewater tests"], "DO", "major", None, "x.env.water")]),
  ("C8", "Energy Consumption and Greenhouse Gas Emissions", False, [("Are energy use and greenhouse-gas emissions tracked and reduction targets set?", "Look for an energy inventory.", ["energy records"], "D", "minor", None, None)]),
 ]),
 ("D", "Ethics", "ethics", [
  ("D1", "Business Integrity", False, [("Does the facility forbid bribery, corruption and extortion, including towards auditors?", "Note any attempt to influence the audit.", ["anti-corruption policy"], "DM", "priority", None, "x.ethics.integrity")]),
  ("D2", "No Improper Advantage", False, [("Are bribes and improper advantages neither offered nor accepted?", "Check gifts register.", ["gifts register"], "DM", "major", None, None)]),
  ("D3", "Disclosure of Information", False, [("Are records of labour, health and safety and environment accurate, without falsification?", "See the record-analysis flags.", ["records"], "D", "priority", None, "x.ms.records")]),
  ("D4", "Intellectual Property", False, [("Are intellectual property rights respected?", "Ask about customer IP handling.", ["IP policy"], "M", "minor", None, None)]),
  ("D5", "Fair Business, Advertising and Competition", False, [("Are fair business, advertising and competition standards upheld?", "Ask management.", ["policy"], "M", "minor", None, None)]),
  ("D6", "Protection of Identity and Non-Retaliation", False, [("Can workers and suppliers raise concerns confidentially without retaliation?", "Check whistle-blower channel.", ["whistle-blower procedure"], "DW", "major", None, "x.ms.grievance")]),
  ("D7", "Responsible Sourcing of Minerals", False, [("Does the facility exercise due diligence on the source of tin, tantalum, tungsten, gold and cobalt in its products?", "Ask for the minerals reporting template.", ["CMRT"], "DM", "minor", None, None)]),
  ("D8", "Privacy", False, [("Is personal information of workers and business partners protected?", "Check how HR files are stored.", ["data protection policy"], "DO", "minor", None, None)]),
 ]),
 ("E", "Management System", "management_system", [
  ("E1", "Company Commitment", False, [("Is there a social and environmental policy endorsed by senior management and posted in local languages?", "Check postings.", ["policy"], "DO", "minor", None, "x.ms.policy")]),
  ("E2", "Management Accountability and Responsibility", False, [("Is a senior manager responsible for the management system?", "Check appointment.", ["organisation chart"], "DM", "minor", None, None)]),
  ("E3", "Legal and Customer Requirements", False, [("Does the facility identify and track applicable laws and customer requirements?", "Check legal register.", ["legal register"], "D", "minor", None, None)]),
  ("E4", "Risk Assessment and Risk Management", False, [("Are labour, health and safety, environmental and ethics risks assessed?", "Check assessment.", ["risk assessment"], "D", "minor", None, "x.ms.risk_assessment")]),
  ("E5", "Improvement Objectives", False, [("Are written improvement objectives and plans in place and reviewed?", "Check objectives.", ["objectives"], "D", "minor", None, None)]),
  ("E6", "Training", False, [("Do managers and workers receive training on the Code and the law?", "Check records.", ["training records"], "D", "minor", None, "x.ms.training")]),
  ("E7", "Communication", False, [("Are policies and performance communicated to workers, suppliers and customers?", "Ask workers.", ["communication records"], "DW", "minor", None, None)]),
  ("E8", "Worker Feedback, Participation and Grievance", False, [("Is there an effective grievance mechanism that workers trust?", "Check log and ask.", ["grievance log"], "DW", "major", None, "x.ms.grievance")]),
  ("E9", "Audits and Assessments", False, [("Are internal audits held periodically?", "Check reports.", ["internal audits"], "D", "minor", None, "x.ms.internal_audit")]),
  ("E10", "Corrective Action Process", False, [("Are findings from audits corrected on time?", "Review previous CAP.", ["previous CAP"], "DM", "major", None, "x.ms.corrective_actions")]),
  ("E11", "Documentation and Records", False, [("Are documents and records created, kept and protected as law requires?", "Check retention.", ["records"], "D", "minor", None, None)]),
  ("E12", "Supplier Responsibility", False, [("Are Code requirements communicated to and monitored at suppliers?", "Check supplier assessments.", ["supplier assessments"], "DM", "minor", None, "x.ms.suppliers")]),
 ]),
]
