#pragma once

#include "app/records/RecordIssue.h"
#include "app/records/RecordKind.h"
#include "app/records/RecordSet.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <string>
#include <unordered_map>
#include <vector>

namespace fieldbook {

// One file's records as parsed, before they join the RecordSet. Files are parsed in parallel,
// so worker ids are interned per file (`workerIds`) and remapped when the files are merged.
struct ParsedFile
{
    QString fileName;
    RecordKind kind = RecordKind::Workers;
    QByteArray sha256; // hex, of the file's bytes
    int rowsRead = 0;  // data rows (not counting the header)
    QStringList workerIds;
    std::vector<WorkerRecord> workers;
    std::vector<TimeRecord> timeRecords;
    std::vector<PayrollRecord> payroll;
    std::vector<ProductionRecord> production;
    std::vector<GateEvent> gateEvents;
    QList<RecordIssue> issues;

    int goodRows() const
    {
        return int(workers.size() + timeRecords.size() + payroll.size() + production.size() + gateEvents.size());
    }
};

// Per-file interning of worker ids without a QString per row.
class LocalWorkerIds
{
public:
    explicit LocalWorkerIds(QStringList& ids) : m_ids(ids)
    {}
    int intern(std::string_view id)
    {
        const auto it = m_index.find(std::string(id));
        if (it != m_index.end()) {
            return it->second;
        }
        const int index = int(m_ids.size());
        m_ids.append(QString::fromUtf8(id.data(), qsizetype(id.size())));
        m_index.emplace(std::string(id), index);
        return index;
    }

private:
    QStringList& m_ids;
    std::unordered_map<std::string, int> m_index;
};

} // namespace fieldbook
