// The hub's webhook door: the X-Hub-Signature-256 check and the reader of Meta's webhook JSON
// (core/whatsapp), fed the raw POST body as it arrives. Seeds: tests/fixtures/whatsapp.

#include "fuzzsupport.h"

#include "core/whatsapp/signature.h"
#include "core/whatsapp/webhookparser.h"

#include <cstddef>
#include <cstdint>

using namespace parley;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray secret = QByteArrayLiteral("fuzz-app-secret");

    // A forged header: whatever the body starts with, as an attacker would send it.
    const QByteArray signature = whatsapp::webhookSignature(secret, body);
    const QByteArray forged = body.left(71);
    fuzz::require(!whatsapp::verifyWebhookSignature(secret, body, forged) ||
                      (forged.startsWith("sha256=") && forged.mid(7).toLower() == signature.mid(7)),
                  "a header that is not the body's signature was accepted");
    // The real signature always passes, in either case of hex digit; no secret never does.
    fuzz::require(whatsapp::verifyWebhookSignature(secret, body, signature),
                  "the body's own signature was refused");
    fuzz::require(
        whatsapp::verifyWebhookSignature(secret, body, "sha256=" + signature.mid(7).toUpper()),
        "the body's signature in upper-case hex was refused");
    fuzz::require(!whatsapp::verifyWebhookSignature(QByteArray(), body, signature),
                  "an empty app secret was accepted");

    whatsapp::WebhookUpdates updates;
    QString error;
    const bool parsed = whatsapp::parseWebhook(body, &updates, &error);
    fuzz::require(parsed || updates.isEmpty(), "a refused body left updates behind");
    fuzz::require(parsed || !error.isEmpty(), "a refused body has no reason");
    return 0;
}
