#include "ui/texts/predefinedtexterrors.h"

#include "core/sync/huberror.h"

namespace parley::ui {

QString predefinedTextErrorText(const ErrorReply &error)
{
    return parley::hubErrorText(error.code, error.message, HubSubject::PredefinedText);
}

} // namespace parley::ui
