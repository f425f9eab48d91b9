#pragma once

#include "app/cli/CliCommand.h"

namespace fieldbook {

// `fieldbook-cli interviews --audit UUID [--sample] [--seed N [--save]] [--format json|text]`:
// the recorded interviews' structured answers and, with --sample, the interview sample (the
// stored plan, or a fresh proposal from the register). Never personal data: no names, no
// interview notes, no link between an interview and a worker.
class InterviewsCommand : public CliCommand
{
public:
    QString name() const override
    {
        return QStringLiteral("interviews");
    }
    QString summary() const override;
    int run(CliContext& context) override;
};

} // namespace fieldbook
