#include "app/records/GateLogFileParser.h"
#include "app/records/DirectionWords.h"
#include "app/records/FieldParsing.h"
#include "app/records/RecordKinds.h"

namespace fieldbook {

namespace {
enum Column
{
    WorkerId,
    Timestamp,
    Direction
};
}

QString GateLogFileParser::kind() const
{
    return QString(RecordKinds::GateLog);
}

std::vector<ColumnSpec> GateLogFileParser::columns() const
{
    return {
        {QStringLiteral("worker_id"), true}, {QStringLiteral("timestamp"), true}, {QStringLiteral("direction"), true}};
}

void GateLogFileParser::reserve(qsizetype bytes)
{
    m_out.records.gateEvents.reserve(size_t(bytes / 32));
}

bool GateLogFileParser::parseRow()
{
    GateEvent e;
    e.line = line();
    if (!readWorker(WorkerId, &e.worker)) {
        return false;
    }
    if (!readTimestamp(Timestamp, &e.date, &e.time)) {
        return false;
    }
    // in/out, or the office's words for them (进/出, vào/ra ...: resources/records/direction-words.json).
    const QByteArrayView direction = cell(Direction);
    if (direction.isEmpty()) {
        return failEmpty(Direction);
    }
    const std::optional<bool> in = DirectionWords::builtIn().isIn(direction);
    if (!in) {
        return failBadValue(Direction, "direction must be in or out, not");
    }
    e.in = *in;
    m_out.records.gateEvents.push_back(e);
    return true;
}

} // namespace fieldbook
