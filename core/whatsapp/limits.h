#pragma once

#include <QtGlobal>

namespace parley::whatsapp {

// Cloud API limits (whatsapp-cloud-api.md). Text lengths count Unicode code points, as Meta
// counts characters; see codePointCount() in core/rules/templaterules.h.

constexpr int maxTextBodyLength = 4096;             // §5, text.body of a sent message
constexpr int maxCaptionLength = 1024;              // §5, media caption
constexpr int maxWamidLength = 128;                 // §2, the "wamid.…" message id
constexpr int maxBizOpaqueCallbackDataLength = 512; // §5, echoed in status webhooks
constexpr int maxTemplateNameLength = 512;          // §8, name must also match ^[a-z0-9_]+$
constexpr int maxTemplateBodyLength = 1024;         // §8, BODY component text

// §2: "Payloads up to 3 MB". Meta does not say which megabyte; the binary one accepts a little
// more, so a genuine webhook is never refused for its size.
constexpr qint64 maxWebhookPayloadBytes = 3LL * 1024 * 1024;

} // namespace parley::whatsapp
