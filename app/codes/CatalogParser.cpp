#include "app/codes/CatalogParser.h"
#include "app/codes/FacilityProfile.h"
#include "app/codes/JsonReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace fieldbook {

QStringList CatalogParser::verificationMethods()
{
    return {QStringLiteral("document_review"), QStringLiteral("worker_interview"),
            QStringLiteral("management_interview"), QStringLiteral("observation")};
}

QStringList CatalogParser::severities()
{
    return {QStringLiteral("observation"), QStringLiteral("minor"), QStringLiteral("major"), QStringLiteral("priority"),
            QStringLiteral("critical")};
}

Result<Catalog> CatalogParser::parseFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<Catalog>::failure(
            QCoreApplication::translate("Catalog", "%1: cannot read: %2").arg(path, file.errorString()));
    }
    return parse(file.readAll(), QFileInfo(path).fileName());
}

Result<Catalog> CatalogParser::parse(const QByteArray& json, const QString& fileName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Result<Catalog>::failure(QCoreApplication::translate("Catalog", "%1: not valid JSON: %2 at byte %3")
                                            .arg(fileName, parseError.errorString())
                                            .arg(parseError.offset));
    }
    JsonReader r(fileName);
    const QJsonObject root = r.object(doc.object(), QStringLiteral("$"));
    const QString $ = QStringLiteral("$");
    if (r.formatVersion(root, $, "format_version") != 1 && r.ok()) {
        r.fail(QStringLiteral("$.format_version"), QCoreApplication::translate("Catalog", "must be 1"));
    }
    Catalog c;
    c.builtIn = false;
    c.id = r.string(root, $, "id");
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9_-]{1,31}$"));
    if (r.ok() && !idPattern.match(c.id).hasMatch()) {
        r.fail(QStringLiteral("$.id"),
               QCoreApplication::translate("Catalog", "must be lower-case letters, digits, - or _"));
    }
    c.aliases = r.stringList(root, $, "aliases", false);
    c.name = r.string(root, $, "name");
    c.edition = r.string(root, $, "edition");
    c.version = r.string(root, $, "version");
    c.effectiveDate = QDate::fromString(r.string(root, $, "effective_date"), Qt::ISODate);
    if (r.ok() && !c.effectiveDate.isValid()) {
        r.fail(QStringLiteral("$.effective_date"), QCoreApplication::translate("Catalog", "must be a date YYYY-MM-DD"));
    }
    c.publisher = r.string(root, $, "publisher");
    c.note = r.string(root, $, "note", false);
    if (root.contains(QStringLiteral("thresholds"))) {
        c.thresholds = r.object(root.value(QStringLiteral("thresholds")), QStringLiteral("$.thresholds"));
        for (auto it = c.thresholds.constBegin(); r.ok() && it != c.thresholds.constEnd(); ++it) {
            if (!it.value().isDouble() || it.value().toDouble() < 0) {
                r.fail(QStringLiteral("$.thresholds.") + it.key(),
                       QCoreApplication::translate("Catalog", "must be a number of zero or more"));
            }
        }
    }

    QSet<QString> clauseIds;
    QSet<QString> questionIds;
    const QJsonArray sections = r.array(root, $, "sections");
    for (qsizetype si = 0; r.ok() && si < sections.size(); ++si) {
        const QString sp = JsonReader::index(QStringLiteral("$.sections"), si);
        const QJsonObject so = r.object(sections.at(si), sp);
        CatalogSection section;
        section.id = r.string(so, sp, "id");
        section.title = r.string(so, sp, "title");
        section.topic = r.string(so, sp, "topic", false);
        const QJsonArray clauses = r.array(so, sp, "clauses");
        for (qsizetype ci = 0; r.ok() && ci < clauses.size(); ++ci) {
            const QString cp = JsonReader::index(sp + QStringLiteral(".clauses"), ci);
            const QJsonObject co = r.object(clauses.at(ci), cp);
            CatalogClause clause;
            clause.id = r.string(co, cp, "id");
            clause.title = r.string(co, cp, "title");
            clause.verify = r.boolean(co, cp, "verify");
            if (r.ok() && clauseIds.contains(clause.id)) {
                r.fail(cp + QStringLiteral(".id"),
                       QCoreApplication::translate("Catalog", "clause id \"%1\" is used twice").arg(clause.id));
            }
            clauseIds.insert(clause.id);
            const QJsonArray questions = r.array(co, cp, "questions");
            for (qsizetype qi = 0; r.ok() && qi < questions.size(); ++qi) {
                const QString qp = JsonReader::index(cp + QStringLiteral(".questions"), qi);
                const QJsonObject qo = r.object(questions.at(qi), qp);
                CatalogQuestion q;
                q.id = r.string(qo, qp, "id");
                q.text = r.string(qo, qp, "text");
                q.guidance = r.string(qo, qp, "guidance", false);
                q.evidence = r.stringList(qo, qp, "evidence", false);
                q.methods = r.stringList(qo, qp, "methods", true, true);
                q.severity = r.string(qo, qp, "severity");
                q.topic = r.string(qo, qp, "topic", false);
                if (q.topic.isEmpty()) {
                    q.topic = section.topic;
                }
                q.appliesIf = r.string(qo, qp, "applies_if", false);
                q.crosswalk = r.string(qo, qp, "crosswalk", false);
                if (!r.ok()) {
                    break;
                }
                if (questionIds.contains(q.id)) {
                    r.fail(qp + QStringLiteral(".id"),
                           QCoreApplication::translate("Catalog", "question id \"%1\" is used twice").arg(q.id));
                }
                for (qsizetype m = 0; r.ok() && m < q.methods.size(); ++m) {
                    if (!verificationMethods().contains(q.methods.at(m))) {
                        r.fail(JsonReader::index(qp + QStringLiteral(".methods"), m),
                               QCoreApplication::translate("Catalog", "unknown verification method \"%1\" (use %2)")
                                   .arg(q.methods.at(m), verificationMethods().join(QStringLiteral(", "))));
                    }
                }
                if (r.ok() && !severities().contains(q.severity)) {
                    r.fail(qp + QStringLiteral(".severity"),
                           QCoreApplication::translate("Catalog", "unknown severity \"%1\" (use %2)")
                               .arg(q.severity, severities().join(QStringLiteral(", "))));
                }
                if (r.ok() && !q.appliesIf.isEmpty() && !FacilityProfile::knownFlags().contains(q.appliesIf)) {
                    r.fail(qp + QStringLiteral(".applies_if"),
                           QCoreApplication::translate("Catalog", "unknown profile flag \"%1\" (use %2)")
                               .arg(q.appliesIf, FacilityProfile::knownFlags().join(QStringLiteral(", "))));
                }
                questionIds.insert(q.id);
                clause.questions.append(q);
            }
            section.clauses.append(clause);
        }
        c.sections.append(section);
    }
    if (!r.ok()) {
        return Result<Catalog>::failure(r.error());
    }
    return c;
}

} // namespace fieldbook
