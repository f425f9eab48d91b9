#include "app/codes/ChecklistDeriver.h"
#include "app/codes/CatalogRegistry.h"
#include "app/codes/Crosswalk.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace fieldbook {

int DerivedChecklist::applicableCount() const
{
    return int(std::count_if(items.begin(), items.end(), [](const DerivedChecklistItem& i) { return i.applicable; }));
}

namespace {

QString sectionTitle(const Catalog& c, const CatalogSection& s)
{
    return ChecklistDeriver::sectionLabel(c.id, s.id, s.title);
}

// Applicability: a question applies unless its profile flag is absent.
void applyProfile(DerivedChecklistItem& item, const QString& appliesIf, const FacilityProfile& profile)
{
    if (!appliesIf.isEmpty() && !profile.has(appliesIf)) {
        item.applicable = false;
        item.notApplicableReason = FacilityProfile::notApplicableReason(appliesIf);
    }
}

} // namespace

QString ChecklistDeriver::sectionLabel(const QString& codeId, const QString& sectionId, const QString& title)
{
    const QString code = codeId == QLatin1String("sa8000") ? QStringLiteral("SA8000") : codeId.toUpper();
    return QStringLiteral("%1 %2 %3").arg(code, sectionId, title);
}

QString ChecklistDeriver::sharedSectionLabel(const QString& topicTitle)
{
    return QStringLiteral("Shared: ") + topicTitle;
}

Result<DerivedChecklist> ChecklistDeriver::derive(const QStringList& codes, const FacilityProfile& profile)
{
    static const Result<Crosswalk> crosswalk = Crosswalk::builtIn();
    if (!crosswalk) {
        return Result<DerivedChecklist>::failure(crosswalk.error());
    }
    return derive(CatalogRegistry::builtIn(), crosswalk.value(), codes, profile);
}

Result<DerivedChecklist> ChecklistDeriver::derive(const CatalogRegistry& registry, const Crosswalk& crosswalk,
                                                  const QStringList& codes, const FacilityProfile& profile)
{
    DerivedChecklist out;
    QList<const Catalog*> catalogs;
    for (const QString& code : codes) {
        const Catalog* c = registry.find(code);
        if (!c) {
            return Result<DerivedChecklist>::failure(
                QCoreApplication::translate("Catalog", "unknown code \"%1\"").arg(code));
        }
        if (!out.codes.contains(c->id)) {
            out.codes << c->id;
            catalogs << c;
            out.questionsWithoutCrosswalk += c->questionCount();
        }
    }
    if (catalogs.isEmpty()) {
        return Result<DerivedChecklist>::failure(QCoreApplication::translate("Catalog", "choose at least one code"));
    }

    // Which shared questions are answered by two or more of the audited codes.
    QHash<QString, QSet<QString>> codesPerShared;
    for (const Catalog* c : catalogs) {
        for (const CatalogSection& s : c->sections) {
            for (const CatalogClause& cl : s.clauses) {
                for (const CatalogQuestion& q : cl.questions) {
                    if (const SharedQuestion* shared = crosswalk.sharedFor(q.id)) {
                        codesPerShared[shared->id].insert(c->id);
                    }
                }
            }
        }
    }
    auto isShared = [&](const QString& questionId) -> const SharedQuestion* {
        const SharedQuestion* shared = crosswalk.sharedFor(questionId);
        return (shared && codesPerShared.value(shared->id).size() >= 2) ? shared : nullptr;
    };

    int order = 0;
    // Shared questions first, grouped by topic in crosswalk order.
    if (catalogs.size() > 1) {
        for (const CrosswalkTopic& topic : crosswalk.topics()) {
            for (const SharedQuestion& shared : crosswalk.sharedQuestions()) {
                if (shared.topic != topic.id || codesPerShared.value(shared.id).size() < 2) {
                    continue;
                }
                DerivedChecklistItem item;
                item.questionKey = shared.id;
                item.catalogVersion = QStringLiteral("crosswalk:") + crosswalk.version();
                item.topic = shared.topic;
                item.section = sharedSectionLabel(topic.title);
                item.question = shared.text;
                item.guidance = shared.guidance;
                item.evidence = shared.evidence.join(QLatin1Char('\n'));
                item.methods = shared.methods;
                item.severity = shared.severity;
                // Applicable when any of the questions it stands for applies.
                bool anyApplies = false;
                QString naFlag;
                for (const Catalog* c : catalogs) {
                    for (const QString& answered : shared.answers) {
                        const CatalogQuestion* q = c->question(answered);
                        if (!q) {
                            continue;
                        }
                        const QString clause = c->id + QLatin1Char(':') + answered.section(QLatin1Char('.'), 1, -2);
                        if (!item.clauses.contains(clause)) {
                            item.clauses << clause;
                        }
                        if (q->appliesIf.isEmpty() || profile.has(q->appliesIf)) {
                            anyApplies = true;
                        } else {
                            naFlag = q->appliesIf;
                        }
                    }
                }
                if (!anyApplies) {
                    applyProfile(item, naFlag, profile);
                }
                item.sortOrder = ++order;
                out.items << item;
            }
        }
    }
    // Then each code's own questions, in the code's order.
    for (const Catalog* c : catalogs) {
        for (const CatalogSection& s : c->sections) {
            for (const CatalogClause& cl : s.clauses) {
                for (const CatalogQuestion& q : cl.questions) {
                    if (catalogs.size() > 1 && isShared(q.id)) {
                        continue;
                    }
                    DerivedChecklistItem item;
                    item.questionKey = q.id;
                    item.catalogVersion = c->versionTag();
                    item.topic = q.topic;
                    item.section = sectionTitle(*c, s);
                    item.question = q.text;
                    item.guidance = q.guidance;
                    item.evidence = q.evidence.join(QLatin1Char('\n'));
                    item.methods = q.methods;
                    item.severity = q.severity;
                    item.clauses = {c->id + QLatin1Char(':') + cl.id};
                    applyProfile(item, q.appliesIf, profile);
                    item.sortOrder = ++order;
                    out.items << item;
                }
            }
        }
    }
    return out;
}

} // namespace fieldbook
