#include "FieldworkFixture.h"

#include "database/AuditRepository.h"
#include "database/Ids.h"

#include <QColor>
#include <QImage>

namespace fieldbook::test {

QList<qint64> addFixtureChecklist(const Database& db, qint64 auditId, int questionsPerSection, QString* error)
{
    struct Section
    {
        const char* title;
        const char* code;
        const char* clause;
        const char* method;
    };
    const Section sections[] = {
        {"SA8000 3 Health and Safety", "sa8000", "3", "observation"},
        {"SA8000 7 Working Hours", "sa8000", "7", "document_review"},
        {"SA8000 8 Remuneration", "sa8000", "8", "worker_interview"},
    };
    QList<qint64> ids;
    Result<Statement> item = db.prepare(QStringLiteral("INSERT INTO checklist_items (uuid, audit_id, question_key, "
                                                       "catalog_version, topic, section, question, guidance, "
                                                       "evidence, methods_json, default_severity, sort_order) VALUES "
                                                       "(?1, ?2, ?3, 'fixture:1', ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"));
    Result<Statement> clause =
        db.prepare(QStringLiteral("INSERT INTO checklist_item_clauses (item_id, clause) VALUES (?1, ?2)"));
    if (!item || !clause) {
        *error = item ? clause.error() : item.error();
        return {};
    }
    int order = 0;
    for (const Section& s : sections) {
        for (int q = 1; q <= questionsPerSection; ++q) {
            const QString key = QStringLiteral("%1.%2.%3").arg(QLatin1String(s.code), QLatin1String(s.clause)).arg(q);
            const QString methods =
                q == 1 ? QStringLiteral("[\"%1\"]").arg(QLatin1String(s.method))
                       : QStringLiteral("[\"%1\",\"management_interview\"]").arg(QLatin1String(s.method));
            item->bind(1, newUuid())
                .bind(2, auditId)
                .bind(3, key)
                .bind(4, QStringLiteral("topic_%1").arg(QLatin1String(s.clause)))
                .bind(5, QLatin1String(s.title))
                .bind(6, QStringLiteral("Question %1 of %2?").arg(q).arg(QLatin1String(s.title)))
                .bind(7, QStringLiteral("Guidance for %1").arg(key))
                .bind(8, QStringLiteral("Evidence for %1").arg(key))
                .bind(9, methods)
                .bind(10, q == 2 ? QStringLiteral("major") : QStringLiteral("minor"))
                .bind(11, order++);
            if (!item->exec()) {
                *error = item->errorMessage();
                return {};
            }
            item->reset();
            const qint64 id = db.lastInsertRowId();
            ids << id;
            for (const QString& c :
                 {QStringLiteral("%1:%2.%3").arg(QLatin1String(s.code), QLatin1String(s.clause)).arg(q),
                  QStringLiteral("wrap:%1").arg(QLatin1String(s.clause))}) {
                clause->bind(1, id).bind(2, c);
                if (!clause->exec()) {
                    *error = clause->errorMessage();
                    return {};
                }
                clause->reset();
            }
        }
    }
    return ids;
}

bool FieldworkFixture::create(const QString& storePath, QString* error, int questionsPerSection,
                              const QString& facilityName)
{
    path = storePath;
    Result<Database> opened = Database::open(storePath);
    if (!opened) {
        *error = opened.error();
        return false;
    }
    db = opened.take();
    db.setActor(QStringLiteral("tester"));
    Facility facility;
    facility.name = facilityName;
    facility.country = QStringLiteral("BD");
    facility.headcount = 100;
    Audit audit;
    audit.title = QStringLiteral("Fixture audit");
    audit.codes = {QStringLiteral("sa8000"), QStringLiteral("wrap")};
    audit.country = QStringLiteral("BD");
    Result<Audit> created = AuditRepository(db).createAudit(facility, audit);
    if (!created) {
        *error = created.error();
        return false;
    }
    auditId = created->id;
    auditUuid = created->uuid;
    itemIds = addFixtureChecklist(db, auditId, questionsPerSection, error);
    return !itemIds.isEmpty();
}

bool writeTestPng(const QString& path, int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(30, 120, 200));
    for (int x = 0; x < width; ++x) {
        image.setPixelColor(x, x * height / width, Qt::white);
    }
    return image.save(path, "PNG");
}

} // namespace fieldbook::test
