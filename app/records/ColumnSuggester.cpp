#include "app/records/ColumnSuggester.h"
#include "app/records/PunchFileParser.h"
#include "app/records/RecordKinds.h"

#include <algorithm>

namespace fieldbook {

std::vector<ColumnChoice> ColumnSuggester::suggest(const QString& kind, const QStringList& headers) const
{
    std::vector<ColumnChoice> choices;
    for (const ColumnSpec& spec : RecordKinds::columns(kind)) {
        ColumnChoice choice;
        choice.spec = spec;
        choices.push_back(choice);
    }
    if (!RecordKinds::isCsv(kind)) {
        return choices; // the attlog's fields are fixed by position
    }
    std::vector<bool> taken(size_t(headers.size()), false);
    auto take = [&](ColumnChoice& choice, const auto& accepts, ColumnSource source) {
        for (qsizetype i = 0; i < headers.size(); ++i) {
            if (!taken[size_t(i)] && accepts(headers.at(i))) {
                taken[size_t(i)] = true;
                choice.header = headers.at(i);
                choice.source = source;
                return;
            }
        }
    };
    const auto same = [](const QString& a, const QString& b) {
        return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
    };
    for (ColumnChoice& choice : choices) {
        take(
            choice, [&](const QString& h) { return same(h, choice.spec.name); }, ColumnSource::Exact);
    }
    const QHash<QString, QString> saved = m_saved.value(kind).userMapping();
    for (ColumnChoice& choice : choices) {
        const QString header = saved.value(choice.spec.name);
        if (!choice.isMapped() && !header.trimmed().isEmpty()) {
            take(
                choice, [&](const QString& h) { return same(h, header); }, ColumnSource::Saved);
        }
    }
    // Synonyms, the closer matches first. A header that is a name of two columns still open (NIK is
    // an Indonesian employee number and a national ID number) is no one's guess: the auditor picks.
    // Each header is normalised once and compared once with each column: a hostile header row of
    // hundreds of cells stays cheap.
    std::vector<ColumnSynonyms::Prepared> prepared;
    prepared.reserve(size_t(headers.size()));
    for (const QString& header : headers) {
        prepared.push_back(ColumnSynonyms::prepare(header));
    }
    std::vector<std::vector<ColumnSynonyms::Match>> matches(choices.size());
    for (size_t c = 0; c < choices.size(); ++c) {
        if (choices[c].isMapped()) {
            continue;
        }
        matches[c].resize(prepared.size());
        for (size_t i = 0; i < prepared.size(); ++i) {
            matches[c][i] =
                taken[i] ? ColumnSynonyms::Match::None : m_synonyms.match(kind, choices[c].spec.name, prepared[i]);
        }
    }
    for (const ColumnSynonyms::Match strength : {ColumnSynonyms::Match::Loose, ColumnSynonyms::Match::Folded}) {
        std::vector<int> columnsMatched(prepared.size(), 0);
        for (size_t c = 0; c < choices.size(); ++c) {
            for (size_t i = 0; !choices[c].isMapped() && i < prepared.size(); ++i) {
                columnsMatched[i] += matches[c][i] == strength ? 1 : 0;
            }
        }
        for (size_t c = 0; c < choices.size(); ++c) {
            for (size_t i = 0; !choices[c].isMapped() && i < prepared.size(); ++i) {
                if (!taken[i] && columnsMatched[i] == 1 && matches[c][i] == strength) {
                    taken[i] = true;
                    choices[c].header = headers.at(qsizetype(i));
                    choices[c].source = ColumnSource::Synonym;
                }
            }
        }
    }
    return choices;
}

QString ColumnSuggester::detectKind(const QStringList& headers) const
{
    QString best;
    int bestScore = 0;
    bool tie = false;
    for (const QString& kind : RecordKinds::all()) {
        if (!RecordKinds::isCsv(kind)) {
            continue;
        }
        int score = 0;
        bool complete = true;
        for (const ColumnChoice& choice : suggest(kind, headers)) {
            if (choice.isMapped()) {
                score += choice.source == ColumnSource::Synonym ? 1 : 2; // a sure match counts double
            } else if (choice.spec.required) {
                complete = false;
            }
        }
        if (complete && kind == RecordKinds::Punches) {
            const std::vector<ColumnChoice> choices = suggest(kind, headers);
            complete = PunchFileParser::missingMoment([&](const QString& column) {
                           return std::any_of(choices.begin(), choices.end(), [&](const ColumnChoice& c) {
                               return c.spec.name == column && c.isMapped();
                           });
                       }).isEmpty();
        }
        if (!complete) {
            continue;
        }
        if (score > bestScore) {
            best = kind;
            bestScore = score;
            tie = false;
        } else if (score == bestScore) {
            tie = true;
        }
    }
    return tie ? QString() : best;
}

} // namespace fieldbook
