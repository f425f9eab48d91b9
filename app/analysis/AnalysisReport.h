#pragma once

#include "app/analysis/Analyzer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace fieldbook {

// The output of `fieldbook-cli analyze` (formats.md section 3).
class AnalysisReport
{
public:
    static constexpr int kFormatVersion = 1;

    // {"format_version": 1, "records": {...}, "flags": [...]}
    static QJsonObject toJson(const AnalysisResult& result);
    static QByteArray toJsonText(const AnalysisResult& result);
    // For people: flags grouped by severity (worst first), one line per flag.
    static QString toText(const AnalysisResult& result);
};

} // namespace fieldbook
