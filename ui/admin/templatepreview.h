#pragma once

#include "core/domain/messagetemplate.h"

#include <QString>

namespace parley::ui {

// The template as WhatsApp shows it on the customer's phone, one paragraph per part: the header
// (bold text, or a grey band naming the image, video or document), the body, the footer in small
// grey type, then its buttons, each on its own line in WhatsApp's link blue with the icon of its
// kind (↩ quick reply, ↗ link, ✆ call). Its plain text is those lines, so a body-only template
// reads exactly as its body. `bodyHtml`: the body already rendered (merge fields filled,
// ui/texts/mergepreview). `headerValue` fills the header's {{1}} when given (the send dialog);
// otherwise the sample shows.
QString templatePreviewHtml(const MessageTemplate &t, const QString &bodyHtml,
                            const QString &headerValue = {});

} // namespace parley::ui
