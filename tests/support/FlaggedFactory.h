#pragma once

#include "app/analysis/FlagStore.h"
#include "app/demo/FactoryGenerator.h"
#include "app/demo/PatternPlanter.h"
#include "app/signing/SodiumDataProtector.h"
#include "database/Database.h"

#include <QList>
#include <QString>
#include <memory>

namespace fieldbook::test {

// A store holding one audit of a generated factory with every check's pattern planted, the way an
// auditor gets there: record files written (RecordWriter), imported through RecordStore with
// names and ID numbers sealed by a SodiumDataProtector, the planted worker interviews entered
// (testimony linked to the worker, notes sealed), and the analysis run and saved (AuditAnalysis).
struct FlaggedFactory
{
    QString path;
    Database db;
    qint64 auditId = 0;
    QString auditUuid;
    GeneratedFactory factory; // the ground truth: records as generated, patterns planted
    QList<PlantedPattern> planted;
    std::unique_ptr<SodiumDataProtector> protector;

    // False (with the reason in *error) on failure.
    bool create(const QString& storePath, int workers, int days, quint64 seed, QString* error);

    QList<StoredFlag> flags() const;
    // The first stored flag of `check` (null when the analysis raised none).
    std::optional<StoredFlag> firstFlag(const QString& check) const;
    // Every worker name and ID number of the register and every interview free text: none may
    // ever appear in what Fieldbook shows or prints.
    QStringList personalValues() const;
};

} // namespace fieldbook::test
