#!/usr/bin/env python3
"""Builds resources/codes/{sa8000,rba,wrap,crosswalk}.json from the content in this folder.

Run from anywhere: python3 resources/codes/src/build.py. The JSON files are what Fieldbook reads
(docs/catalog-format.md); this script only keeps the content readable and the crosswalk consistent.
"""
import json, os, importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
METHODS = {"D": "document_review", "W": "worker_interview", "M": "management_interview", "O": "observation"}
TOPICS = [
    ("child_labour", "Child labour and young workers"), ("forced_labour", "Forced labour"),
    ("working_hours", "Working hours"), ("wages", "Wages and benefits"), ("health_safety", "Health and safety"),
    ("freedom_of_association", "Freedom of association"), ("discrimination", "Discrimination"),
    ("discipline", "Discipline, harassment and humane treatment"), ("management_system", "Management system"),
    ("environment", "Environment"), ("ethics", "Business ethics"), ("customs_security", "Customs and security"),
    ("labour", "Labour (general)"),
]
# Neutral wording of each shared question: asked once in a multi-code audit.
SHARED = {
 "x.age.no_child_labour": ("child_labour", "Is anyone working below the minimum age in force (the highest of the codes' age, the compulsory-schooling age and the national minimum)?"),
 "x.age.verification": ("child_labour", "Is every worker's age verified with a reliable document before the first working day?"),
 "x.age.remediation": ("child_labour", "Is there a written remediation procedure for children found working?"),
 "x.young.hours_night": ("child_labour", "Are workers under 18 kept from night work and from overtime or days longer than the legal limit?"),
 "x.young.hazardous": ("child_labour", "Are workers under 18 kept away from hazardous work?"),
 "x.forced.documents": ("forced_labour", "Do workers keep their own identity documents?"),
 "x.forced.fees": ("forced_labour", "Are workers free of recruitment fees, deposits and debts tied to the job?"),
 "x.forced.freedom_of_movement": ("forced_labour", "Can workers leave the premises and dormitories freely?"),
 "x.forced.resignation": ("forced_labour", "Can workers resign with notice and without penalty?"),
 "x.forced.trafficking": ("forced_labour", "Is all work freely chosen, with no trafficked, bonded or deceived workers?"),
 "x.hours.regular_limit": ("working_hours", "Are regular weekly hours within the limit in force?"),
 "x.hours.total_limit": ("working_hours", "Are total weekly hours (regular plus overtime) within the limit in force?"),
 "x.hours.overtime_limit": ("working_hours", "Is weekly overtime within the limit in force?"),
 "x.hours.voluntary_overtime": ("working_hours", "Is overtime voluntary, with no penalty for refusing it?"),
 "x.hours.rest_day": ("working_hours", "Do workers get at least one day off in seven?"),
 "x.hours.records_reliable": ("working_hours", "Are the hours records genuine and consistent with payroll, production, gate records and testimony?"),
 "x.wages.minimum": ("wages", "Is everyone paid at least the legal minimum wage for regular hours?"),
 "x.wages.overtime_premium": ("wages", "Is overtime paid at the legal or agreed premium?"),
 "x.wages.no_disciplinary_deductions": ("wages", "Are deductions legal and never used as discipline?"),
 "x.wages.pay_statement": ("wages", "Does each worker receive a clear pay statement every period?"),
 "x.wages.paid_on_time": ("wages", "Are wages paid on time and in full?"),
 "x.wages.benefits": ("wages", "Are legally mandated benefits provided (social insurance, paid leave, holidays)?"),
 "x.wages.no_sham_contracts": ("wages", "Are workers employed without labour-only contracting, false apprenticeships or excess agency labour?"),
 "x.hs.risk_assessment": ("health_safety", "Are health and safety hazards assessed and controlled?"),
 "x.hs.machine_guarding": ("health_safety", "Are machines guarded and maintained?"),
 "x.hs.training": ("health_safety", "Do workers receive health and safety training in their language?"),
 "x.hs.accidents": ("health_safety", "Are accidents and illnesses recorded, investigated and acted on?"),
 "x.hs.ppe": ("health_safety", "Is suitable protective equipment provided free of charge and used?"),
 "x.hs.exits": ("health_safety", "Are emergency exits unlocked, marked and unobstructed?"),
 "x.hs.fire_drills": ("health_safety", "Are evacuation drills held and recorded for every shift?"),
 "x.hs.sanitation": ("health_safety", "Are clean toilets, drinking water and eating areas available?"),
 "x.hs.dormitory": ("health_safety", "Are dormitories clean, safe and decent, with exits and fire equipment?"),
 "x.hs.chemicals": ("health_safety", "Are hazardous chemicals labelled, stored and handled safely?"),
 "x.foa.right": ("freedom_of_association", "Can workers form and join unions and bargain collectively?"),
 "x.foa.no_retaliation": ("freedom_of_association", "Are worker representatives free from retaliation?"),
 "x.foa.parallel_means": ("freedom_of_association", "Where law restricts unions, can workers elect their own representatives freely?"),
 "x.disc.equal_treatment": ("discrimination", "Are hiring, pay and promotion free of discrimination?"),
 "x.disc.harassment": ("discrimination", "Are workers protected from sexual harassment, with a safe way to report it?"),
 "x.disc.pregnancy_testing": ("discrimination", "Are workers free from pregnancy tests and discriminatory medical tests?"),
 "x.disc.humane_treatment": ("discipline", "Are workers free from abuse, corporal punishment and humiliation?"),
 "x.disc.procedure": ("discipline", "Is there a written, graduated disciplinary procedure known to workers?"),
 "x.ms.policy": ("management_system", "Is there a written social policy, posted in the workers' languages?"),
 "x.ms.records": ("management_system", "Are records accurate, complete and kept for the review period?"),
 "x.ms.risk_assessment": ("management_system", "Are social and labour risks assessed regularly?"),
 "x.ms.internal_audit": ("management_system", "Are internal audits held and followed up?"),
 "x.ms.grievance": ("management_system", "Is there a confidential grievance channel without retaliation?"),
 "x.ms.transparency": ("management_system", "Does management cooperate fully and openly with the audit?"),
 "x.ms.corrective_actions": ("management_system", "Are previous findings corrected on time, with root causes addressed?"),
 "x.ms.training": ("management_system", "Are managers, supervisors and workers trained on the code?"),
 "x.ms.suppliers": ("management_system", "Are suppliers, subcontractors and agencies assessed and monitored?"),
 "x.env.permits": ("environment", "Are required permits and licences held and current?"),
 "x.env.waste": ("environment", "Is waste handled and disposed of as the law requires?"),
 "x.env.water": ("environment", "Is wastewater treated and monitored before discharge?"),
 "x.ethics.integrity": ("ethics", "Is bribery forbidden, including any attempt to influence the audit?"),
}
SEV_RANK = {"observation": 0, "minor": 1, "major": 2, "priority": 3, "critical": 4}

def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    return mod

# RBA's section A (Labor) spans several topics: each item gets its own.
CLAUSE_TOPICS = {"rba": {"A1": "forced_labour", "A2": "child_labour", "A3": "working_hours", "A4": "wages",
                         "A5": "discipline", "A6": "discrimination", "A7": "freedom_of_association",
                         "D3": "management_system", "D6": "management_system"}}

def build(mod):
    code = dict(mod.CODE); code = {"format_version": 1, **code}
    sections = []
    for sid, stitle, topic, clauses in mod.SECTIONS:
        cl = []
        for cid, ctitle, verify, questions in clauses:
            ctopic = CLAUSE_TOPICS.get(code["id"], {}).get(cid, topic)
            qs = []
            for n, (text, guidance, evidence, methods, severity, applies_if, xkey) in enumerate(questions, 1):
                q = {"id": f"{code['id']}.{cid}.q{n}", "text": text, "guidance": guidance, "evidence": evidence,
                     "methods": [METHODS[m] for m in methods], "severity": severity, "topic": ctopic}
                if applies_if: q["applies_if"] = applies_if
                if xkey: q["crosswalk"] = xkey
                qs.append(q)
            c = {"id": cid, "title": ctitle, "topic": ctopic, "questions": qs}
            if verify: c["verify"] = True
            cl.append(c)
        sections.append({"id": sid, "title": stitle, "topic": topic, "clauses": cl})
    code["sections"] = sections
    return code

catalogs = [build(load(n)) for n in ("sa8000", "rba", "wrap")]
members = {}
topic_clauses = {t: [] for t, _ in TOPICS}
for cat in catalogs:
    for s in cat["sections"]:
        for c in s["clauses"]:
            ref = f"{cat['id']}:{c['id']}"
            if ref not in topic_clauses[c["topic"]]:
                topic_clauses[c["topic"]].append(ref)
            for q in c["questions"]:
                if "crosswalk" in q:
                    members.setdefault(q["crosswalk"], []).append(q)
shared = []
for key, qs in sorted(members.items()):
    topic, text = SHARED[key]
    methods = []
    for q in qs:
        for m in q["methods"]:
            if m not in methods: methods.append(m)
    evidence = []
    for q in qs:
        for e in q["evidence"]:
            if e not in evidence: evidence.append(e)
    sev = max((q["severity"] for q in qs), key=lambda s: SEV_RANK[s])
    shared.append({"id": key, "topic": topic, "text": text, "guidance": qs[0]["guidance"], "evidence": evidence,
                   "methods": methods, "severity": sev, "answers": [q["id"] for q in qs]})
missing = set(SHARED) - set(members)
assert not missing, f"shared questions nobody answers: {missing}"
crosswalk = {"format_version": 1, "version": "1", "topics": [{"id": t, "title": title, "clauses": topic_clauses[t]} for t, title in TOPICS],
             "shared_questions": shared}
for cat in catalogs:
    with open(os.path.join(OUT, cat["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(cat, f, ensure_ascii=False, indent=1); f.write("\n")
with open(os.path.join(OUT, "crosswalk.json"), "w", encoding="utf-8") as f:
    json.dump(crosswalk, f, ensure_ascii=False, indent=1); f.write("\n")
for cat in catalogs:
    n = sum(len(c["questions"]) for s in cat["sections"] for c in s["clauses"])
    print(cat["id"], "questions:", n)
print("shared questions:", len(shared))

# ---------------------------------------------------------------------------------------------
# Translation overlays (docs/catalog-format.md, "Translations"): resources/codes/i18n/<id>.<lang>.json
# from src/i18n/<id>_<lang>.py (questions, sections, clauses), src/i18n/crosswalk_<lang>.py (topics,
# shared questions) and src/i18n/evidence_<lang>.py (what to look at, shared by every catalog).
# Every entry carries the English it translates ("source"): Fieldbook uses a translation only
# while the catalog's English is unchanged, so a reworded question falls back to English.
I18N_SRC = os.path.join(HERE, "i18n")
I18N_OUT = os.path.join(OUT, "i18n")

def load_i18n(name):
    path = os.path.join(I18N_SRC, name + ".py")
    if not os.path.exists(path):
        return None
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    return mod

def languages():
    found = set()
    for f in os.listdir(I18N_SRC) if os.path.isdir(I18N_SRC) else []:
        if f.startswith("evidence_") and f.endswith(".py"):
            found.add(f[len("evidence_"):-3])
    return sorted(found)

def write_overlay(name, lang, overlay):
    os.makedirs(I18N_OUT, exist_ok=True)
    with open(os.path.join(I18N_OUT, f"{name}.{lang}.json"), "w", encoding="utf-8") as f:
        json.dump(overlay, f, ensure_ascii=False, indent=1); f.write("\n")

for lang in languages():
    evidence = load_i18n(f"evidence_{lang}").EVIDENCE
    def tr_evidence(items):
        if not all(e in evidence for e in items):
            return []
        # Two English phrases can share one translation ("register", "personnel register"): list it once.
        out = []
        for e in items:
            if evidence[e] not in out:
                out.append(evidence[e])
        return out
    translated = {}  # question id -> (text, guidance, evidence) for the crosswalk
    for cat in catalogs:
        mod = load_i18n(f"{cat['id']}_{lang}")
        if mod is None:
            continue
        overlay = {"format_version": 1, "catalog": cat["id"], "language": lang,
                   "sections": {}, "clauses": {}, "questions": {}}
        for s in cat["sections"]:
            if s["id"] in mod.SECTIONS:
                overlay["sections"][s["id"]] = {"source": s["title"], "text": mod.SECTIONS[s["id"]]}
            for c in s["clauses"]:
                if c["id"] in mod.CLAUSES:
                    overlay["clauses"][c["id"]] = {"source": c["title"], "text": mod.CLAUSES[c["id"]]}
                for q in c["questions"]:
                    if q["id"] not in mod.QUESTIONS:
                        continue
                    text, guidance = mod.QUESTIONS[q["id"]]
                    entry = {"source": q["text"], "text": text, "guidance": guidance}
                    ev = tr_evidence(q["evidence"])
                    if ev:
                        entry["evidence"] = ev
                    overlay["questions"][q["id"]] = entry
                    translated[q["id"]] = (text, guidance, q["evidence"])
        unknown = set(mod.QUESTIONS) - {q["id"] for s in cat["sections"] for c in s["clauses"] for q in c["questions"]}
        assert not unknown, f"{cat['id']}_{lang}: translations of unknown questions {sorted(unknown)}"
        write_overlay(cat["id"], lang, overlay)
        total = sum(len(c["questions"]) for s in cat["sections"] for c in s["clauses"])
        print(f"{cat['id']}.{lang}: {len(overlay['questions'])} of {total} questions translated")
    cw = load_i18n(f"crosswalk_{lang}")
    if cw is not None:
        overlay = {"format_version": 1, "catalog": "crosswalk", "language": lang,
                   "topics": {t: {"source": title, "text": cw.TOPICS[t]} for t, title in TOPICS if t in cw.TOPICS},
                   "questions": {}}
        for q in shared:
            if q["id"] not in cw.SHARED:
                continue
            entry = {"source": q["text"], "text": cw.SHARED[q["id"]]}
            # The English shared guidance is the first member's; where that one has no translation,
            # another member's translated guidance serves better than English.
            members = [translated[a] for a in q["answers"] if a in translated]
            if members:
                entry["guidance"] = members[0][1]
            ev = tr_evidence(q["evidence"])
            if ev:
                entry["evidence"] = ev
            overlay["questions"][q["id"]] = entry
        write_overlay("crosswalk", lang, overlay)
        print(f"crosswalk.{lang}: {len(overlay['questions'])} of {len(shared)} shared questions translated")
