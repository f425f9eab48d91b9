#pragma once

#include "app/signing/SodiumDataProtector.h"
#include "database/Database.h"

#include <QString>
#include <QStringList>
#include <memory>

namespace fieldbook::test {

// An auditor's store holding personal data of every kind the registry (personal_data_columns)
// lists: worker names and ID numbers imported from generated record files, and two interviews
// with a worker link, notes and free-text answers, all sealed with the store's data key.
// `planted` lists every plaintext value, for tests that scan files for them.
struct PersonalDataFixture
{
    Database db;
    QString path;
    QString auditUuid;
    qint64 auditId = 0;
    std::unique_ptr<SodiumDataProtector> protector;
    QStringList planted;        // every personal plaintext written
    QStringList workerNames;    // in workers.id order
    QStringList interviewNotes; // in interviews.id order

    static constexpr const char* kPassphrase = "field passphrase 7";

    // Creates the store at `storePath` with `workers` workers over `days` days; false with *error.
    bool create(const QString& storePath, const QString& recordsDir, QString* error, int workers = 12, int days = 3);
};

// Every one of `needles` that occurs in `bytes` (UTF-8), for QVERIFY2 messages.
QStringList plaintextFound(const QByteArray& bytes, const QStringList& needles);
// The bytes of a store's SQLite file and its WAL (if any), as they are on disk.
QByteArray storeFileBytes(const QString& path);

} // namespace fieldbook::test
