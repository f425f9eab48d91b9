#pragma once

#include <QDate>
#include <QString>

namespace fieldbook {

struct CountryRules;
struct ResolvedParams;

// Puts the minimum wage of `region` into `out.params`: the schedule of every step in force between
// `first` and `last` (the checks hold each pay period to the steps of its days) and the hourly
// figure in force on `out.date`. Where the law states a monthly or daily minimum only, the hourly
// figure is derived from the law's regular hours and the derivation is named.
void applyMinimumWage(const CountryRules& law, const QString& region, ResolvedParams& out, const QDate& first,
                      const QDate& last);

} // namespace fieldbook
