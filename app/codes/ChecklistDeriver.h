#pragma once

#include "app/codes/FacilityProfile.h"
#include "database/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace fieldbook {

class CatalogRegistry;
class Crosswalk;

// One question of an audit's checklist, ready to be frozen into the store.
struct DerivedChecklistItem
{
    QString questionKey;    // catalog question id, or crosswalk shared-question id
    QString catalogVersion; // "sa8000:2014", "crosswalk:1"
    QString topic;
    QString section; // display grouping
    QString question;
    QString guidance;
    QString evidence; // one line per item
    QStringList methods;
    QString severity;
    QStringList clauses; // every "code:clause" the answer counts for
    bool applicable = true;
    QString notApplicableReason;
    int sortOrder = 0;
};

struct DerivedChecklist
{
    QStringList codes;
    QList<DerivedChecklistItem> items;
    int questionsWithoutCrosswalk = 0; // what the codes would ask if audited one by one

    int applicableCount() const;
    int savedByCrosswalk() const
    {
        return questionsWithoutCrosswalk - int(items.size());
    }
};

// Derives an audit's checklist from its code(s) and the facility profile. In a multi-code audit a
// crosswalk question shared by two or more of the audited codes is asked once and answers every
// code's clause; code-specific questions still appear. Questions that do not apply to the
// facility are kept and marked not applicable, with the reason.
class ChecklistDeriver
{
public:
    static Result<DerivedChecklist> derive(const CatalogRegistry& registry, const Crosswalk& crosswalk,
                                           const QStringList& codes, const FacilityProfile& profile);
    // With the built-in registry and crosswalk.
    static Result<DerivedChecklist> derive(const QStringList& codes, const FacilityProfile& profile);

    // The section labels frozen into the store, always in English (the catalogs' language), so a
    // checklist derived under a Chinese interface reads the same as any other; CatalogTranslations
    // shows them in the reader's language. "SA8000 7 Working Hours", "Shared: Working hours".
    static QString sectionLabel(const QString& codeId, const QString& sectionId, const QString& title);
    static QString sharedSectionLabel(const QString& topicTitle);
};

} // namespace fieldbook
