#include "core/domain/quote.h"

#include "core/domain/enumnames.h"

#include <array>
#include <utility>

namespace parley {
namespace {

const std::array<std::pair<QuoteStatus, const char *>, 4> quoteStatusNames = {{
    {QuoteStatus::Draft, "draft"},
    {QuoteStatus::Sent, "sent"},
    {QuoteStatus::Accepted, "accepted"},
    {QuoteStatus::Declined, "declined"},
}};

} // namespace

QString quoteStatusName(QuoteStatus status)
{
    return nameOf(quoteStatusNames, status);
}

bool quoteStatusFromName(const QString &name, QuoteStatus *status)
{
    return valueOf(quoteStatusNames, name, status);
}

} // namespace parley
