#include "core/whatsapp/requestcheck.h"

#include "core/rules/templaterules.h"

namespace parley::whatsapp::detail {

void RequestCheck::fail(int code, const QString &details)
{
    if (m_failed)
        return;
    m_failed = true;
    *m_error = graphError(code, details);
}

void RequestCheck::missing(const QString &parameter)
{
    fail(131008, QStringLiteral("The parameter %1 is required.").arg(parameter));
}

void RequestCheck::invalid(const QString &parameter, const QString &why)
{
    fail(131009, QStringLiteral("Parameter %1: %2").arg(parameter, why));
}

void RequestCheck::invalidParameter(const QString &details)
{
    fail(100, details);
}

void RequestCheck::atMost(const QString &parameter, const QString &value, int maxLength)
{
    if (codePointCount(value) > maxLength)
        fail(100, QStringLiteral("Param %1 must be at most %2 characters long.")
                      .arg(parameter)
                      .arg(maxLength));
}

} // namespace parley::whatsapp::detail
