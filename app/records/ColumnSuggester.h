#pragma once

#include "app/records/ColumnMapping.h"
#include "app/records/ColumnSynonyms.h"
#include "app/records/RecordImportFile.h"

#include <QHash>
#include <QStringList>
#include <vector>

namespace fieldbook {

// First guesses for a file whose headers may differ from formats.md: which kind of file it is
// and which header holds each canonical column. In this order, each header used once: the
// canonical name itself, then the facility's saved mapping, then a common synonym. The auditor
// confirms or corrects every guess in the wizard (or with --map on the command line).
class ColumnSuggester
{
public:
    explicit ColumnSuggester(QHash<QString, ColumnMapping> saved = {},
                             const ColumnSynonyms& synonyms = ColumnSynonyms::builtIn())
        : m_saved(std::move(saved)), m_synonyms(synonyms)
    {}

    std::vector<ColumnChoice> suggest(const QString& kind, const QStringList& headers) const;
    // The CSV kind whose required columns are all found in `headers`, the one with most columns
    // found when several are; empty when none is, or two are equally good.
    QString detectKind(const QStringList& headers) const;

private:
    QHash<QString, ColumnMapping> m_saved;
    const ColumnSynonyms& m_synonyms;
};

} // namespace fieldbook
