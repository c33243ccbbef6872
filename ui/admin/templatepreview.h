#pragma once

#include "core/domain/messagetemplate.h"

#include <QString>

namespace parley::ui {

// The template as WhatsApp shows it on the customer's phone: one bubble with the header (bold
// text, or a grey frame naming the image, video or document), the body, the footer in small grey
// type, and under the bubble its buttons, each on its own line in WhatsApp's link blue with the
// icon of its kind (↩ quick reply, ↗ link, ✆ call). `bodyHtml`: the body already rendered
// (merge fields filled, ui/texts/mergepreview). `headerValue`/`urlValues` fill {{1}} when
// given (the send dialog); otherwise the samples show.
QString templatePreviewHtml(const MessageTemplate &t, const QString &bodyHtml,
                            const QString &headerValue = {});

} // namespace parley::ui
