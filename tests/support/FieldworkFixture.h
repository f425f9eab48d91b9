#pragma once

#include "database/Database.h"

#include <QList>
#include <QString>

namespace fieldbook::test {

// A store with one audit and a small hand-written checklist (3 sections, 9 questions, clauses of
// two codes, the four verification methods), for fieldwork and GUI tests that must not depend on
// the code catalogs.
struct FieldworkFixture
{
    Database db;
    QString path;
    qint64 auditId = 0;
    QString auditUuid;
    QList<qint64> itemIds; // in checklist order

    // Creates the store at `path`; false (with a QTest failure message in *error) on failure.
    bool create(const QString& storePath, QString* error, int questionsPerSection = 3,
                const QString& facilityName = QStringLiteral("Fixture Textiles"));
};

// Adds the fixture checklist to an existing audit; returns the item ids.
QList<qint64> addFixtureChecklist(const Database& db, qint64 auditId, int questionsPerSection, QString* error);

// Writes a small PNG image to `path` (for evidence tests).
bool writeTestPng(const QString& path, int width = 64, int height = 48);

} // namespace fieldbook::test
