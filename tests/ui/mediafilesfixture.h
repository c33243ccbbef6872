#pragma once

// What the media suites (tst_mediafiles, tst_mediathumbnails, tst_mediaplayback) stand on: the real
// hub with the sim as WhatsApp, Ana logged in, files her customer sends through the sim, and for
// the first two her customer's photo (a few megabytes of noise, so a download comes in many
// pieces) and PDF on the hub, fetched from Graph.

#include "../core/mirrorfixture.h"
#include "core/protocol/entitycodec.h"
#include "core/sync/hubclient.h"
#include "hubprocess.h"
#include "simprocess.h"
#include "ui/media/mediafiles.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QImage>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace parley::testing {

inline QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

inline QByteArray fileSha256(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? sha256(file.readAll()) : QByteArray();
}

// A photo of noise: a few megabytes of PNG, so that the download comes in many pieces.
inline QByteArray noisyPng(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    QRandomGenerator random(42);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<quint32 *>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = 0xff000000u | random.generate();
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

struct MediaFilesFixture {
    // From initTestCase: a failed check there skips the suite. The hub, the sim, Ana's session
    // and `files`; no file sent yet.
    void startHub()
    {
        QVERIFY(hub.addAgent(QStringLiteral("ana"), QStringLiteral("agent"),
                             QStringLiteral("ana-password")));
        QVERIFY(startHubWithSim(hub, sim));
        token = hub.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
        QVERIFY(!token.isEmpty());
        client.setHub(hub.url());
        client.setToken(token);
        files =
            std::make_unique<ui::MediaFiles>(&client, scratch.filePath(QStringLiteral("files")));
    }

    // startHub(), then the photo and the PDF.
    void start()
    {
        startHub();
        if (QTest::currentTestFailed())
            return;
        photoBytes = noisyPng(1100, 800);
        QVERIFY(photoBytes.size() > 2 * 1024 * 1024);
        QVERIFY(photoBytes.size() < 5 * 1024 * 1024); // Meta's limit for images
        photo = customerSends(QStringLiteral("image"), QStringLiteral("image/png"),
                              QStringLiteral("broken.png"), photoBytes,
                              QStringLiteral("It arrived like this"));
        QVERIFY(photo.id > 0);
        // No bytes given: the sim's own one-page PDF.
        pdf = customerSends(QStringLiteral("document"), QStringLiteral("application/pdf"),
                            QStringLiteral("receipt.pdf"), {}, QString());
        QVERIFY(pdf.id > 0);
    }

    // The customer sends a file through the sim; the message as the hub serves it, once the
    // hub has fetched the file from Graph.
    // No bytes: the sim's own file of that type (a one-page PDF, an Ogg/Opus voice note, an MP4).
    Message customerSends(const QString &type, const QString &mime,
                          const QString &filename = QString(), const QByteArray &bytes = {},
                          const QString &caption = QString())
    {
        QJsonObject media{{"type", type}, {"mime_type", mime}};
        if (!filename.isEmpty())
            media.insert(QStringLiteral("filename"), filename);
        if (!bytes.isEmpty())
            media.insert(QStringLiteral("data_base64"), QString::fromLatin1(bytes.toBase64()));
        if (!caption.isEmpty())
            media.insert(QStringLiteral("caption"), caption);
        const HttpReply sent = sim.inbound(
            QJsonObject{{"from", "5511987654321"}, {"name", "Ana Souza"}, {"media", media}});
        if (sent.status != 200) {
            qWarning("sim refused: %s", sent.body.constData());
            return {};
        }
        const QString wamid = sent.json().value(QStringLiteral("wamid")).toString();
        Message message;
        QDeadlineTimer deadline(20000);
        while (!found(wamid, &message) && !deadline.hasExpired())
            QTest::qWait(50);
        while (message.id != 0 && !deadline.hasExpired() &&
               hub.get(QStringLiteral("/api/v1/messages/%1/media").arg(message.id), token).status !=
                   200)
            QTest::qWait(50);
        return deadline.hasExpired() ? Message() : message;
    }

    bool found(const QString &wamid, Message *message)
    {
        for (const QJsonValue &event : hub.events(token)) {
            if (event["type"] == QStringLiteral("message.created") &&
                event["data"]["wamid"].toString() == wamid) {
                QString error;
                return fromJson(event["data"].toObject(), message, &error);
            }
        }
        return false;
    }

    HubProcess hub;
    SimProcess sim;
    QString token;
    HubClient client;
    QTemporaryDir scratch;
    QByteArray photoBytes;
    Message photo;
    Message pdf;
    std::unique_ptr<ui::MediaFiles> files;
};

} // namespace parley::testing
