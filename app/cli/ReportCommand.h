#pragma once

#include "app/cli/CliCommand.h"

namespace fieldbook {

// `fieldbook-cli report --audit UUID --out FILE.pdf`: the audit report as PDF, in the audit's
// language (or --language), with the signing key fingerprint (--fingerprint) on every page.
class ReportCommand : public CliCommand
{
public:
    QString name() const override
    {
        return QStringLiteral("report");
    }
    QString summary() const override;
    int run(CliContext& context) override;
};

} // namespace fieldbook
