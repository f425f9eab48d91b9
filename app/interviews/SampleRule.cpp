#include "app/interviews/SampleRule.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace fieldbook {

namespace {
// lupdate files Tr::tr() under the context Q_DECLARE_TR_FUNCTIONS names; a plain helper function
// named Tr::tr() would file these strings under a context that is never looked up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SampleRule)
};
} // namespace

int SampleRule::sampleSize(int workforce) const
{
    if (workforce <= 0) {
        return 0;
    }
    const int root = int(std::ceil(std::sqrt(double(workforce))));
    return std::min(workforce, std::clamp(root, minimum, std::max(minimum, cap)));
}

int SampleRule::individualCount(int size) const
{
    return std::clamp(int(std::ceil(size * individualShare)), 0, size);
}

int SampleRule::groupCount(int size) const
{
    const int inGroups = size - individualCount(size);
    return inGroups <= 0 ? 0 : (inGroups + groupSize - 1) / groupSize;
}

QString SampleRule::explanation(int workforce) const
{
    const int size = sampleSize(workforce);
    const int alone = individualCount(size);
    QString text = Tr::tr("Square root of the %1 workers on the register, rounded up, at least %2 and at most %3: "
                          "interview %4 workers.")
                       .arg(workforce)
                       .arg(minimum)
                       .arg(cap)
                       .arg(size);
    text += QLatin1Char(' ');
    if (size - alone > 0) {
        text += Tr::tr("%1 individually and %2 in %3 group interviews of up to %4.")
                    .arg(alone)
                    .arg(size - alone)
                    .arg(groupCount(size))
                    .arg(groupSize);
        text += QLatin1Char(' ') + Tr::tr("Pay and hours are never discussed in group interviews.");
    } else {
        text += Tr::tr("All of them alone.");
    }
    return text;
}

QJsonObject SampleRule::toJson() const
{
    return {{QStringLiteral("minimum"), minimum},
            {QStringLiteral("cap"), cap},
            {QStringLiteral("individual_share"), individualShare},
            {QStringLiteral("group_size"), groupSize},
            {QStringLiteral("young_workers"), youngWorkers},
            {QStringLiteral("recent_hires"), recentHires}};
}

Result<SampleRule> SampleRule::fromJson(const QJsonObject& json)
{
    SampleRule rule;
    rule.minimum = json.value(QStringLiteral("minimum")).toInt(rule.minimum);
    rule.cap = json.value(QStringLiteral("cap")).toInt(rule.cap);
    rule.individualShare = json.value(QStringLiteral("individual_share")).toDouble(rule.individualShare);
    rule.groupSize = json.value(QStringLiteral("group_size")).toInt(rule.groupSize);
    rule.youngWorkers = json.value(QStringLiteral("young_workers")).toInt(rule.youngWorkers);
    rule.recentHires = json.value(QStringLiteral("recent_hires")).toInt(rule.recentHires);
    if (Status s = rule.validate(); !s) {
        return Result<SampleRule>::failure(s.error());
    }
    return rule;
}

Status SampleRule::validate() const
{
    if (minimum < 1 || minimum > 1000) {
        return Status::failure(Tr::tr("Sample rule: minimum must be between 1 and 1000, not %1").arg(minimum));
    }
    if (cap < minimum || cap > 1000) {
        return Status::failure(
            Tr::tr("Sample rule: cap must be between the minimum (%1) and 1000, not %2").arg(minimum).arg(cap));
    }
    if (!(individualShare >= 0.0 && individualShare <= 1.0)) {
        return Status::failure(
            Tr::tr("Sample rule: individual_share must be between 0 and 1, not %1").arg(individualShare));
    }
    if (groupSize < 2 || groupSize > 10) {
        return Status::failure(Tr::tr("Sample rule: group_size must be between 2 and 10, not %1").arg(groupSize));
    }
    if (youngWorkers < 0 || recentHires < 0 || youngWorkers > 50 || recentHires > 50) {
        return Status::failure(Tr::tr("Sample rule: young_workers and recent_hires must be between 0 and 50"));
    }
    return Status::success();
}

} // namespace fieldbook
