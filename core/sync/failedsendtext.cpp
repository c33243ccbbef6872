#include "core/sync/failedsendtext.h"

#include "core/sync/huberror.h"

#include <QCoreApplication>

namespace parley {

QString failedSendText(const QString &code, const QString &reason)
{
    const QString text = hubErrorText(code, reason, HubSubject::Send);
    bool number = false;
    code.toLongLong(&number);
    if (!number || reason.isEmpty() || text.contains(reason))
        return text;
    return QCoreApplication::translate("HubError", "%1\nWhatsApp says: %2").arg(text, reason);
}

} // namespace parley
