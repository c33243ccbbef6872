// The business profile (R1.9): Meta's GET response, the POST body, Graph's reading of an update,
// and the field limits the hub and desktop share.
#include "whatsappgraphfixtures.h"

#include "core/rules/profilerules.h"
#include "core/whatsapp/graphprofile.h"

#include <QJsonArray>

using namespace parley;
using namespace parley::testing;
using namespace parley::whatsapp;

class WhatsAppBusinessProfileTest : public QObject {
    Q_OBJECT
private slots:
    void parsesMetasResponse()
    {
        BusinessProfile profile;
        QString error;
        const QJsonObject json = fixture(QStringLiteral("graph_business_profile.json"));
        QVERIFY2(parseBusinessProfileResponse(json, &profile, &error), qPrintable(error));
        QCOMPARE(profile.about, QStringLiteral("Succulent specialists!"));
        QCOMPARE(profile.address, QStringLiteral("1 Hacker Way, Menlo Park, CA 94025"));
        QCOMPARE(profile.email, QStringLiteral("lucky@luckyshrub.com"));
        QCOMPARE(profile.vertical, QStringLiteral("RETAIL"));
        QCOMPARE(profile.websites.size(), 2);
        QVERIFY(profile.profilePictureUrl.startsWith(QLatin1String("https://pps.whatsapp.net/")));
        QVERIFY(checkBusinessProfile(profile).isEmpty());
        QCOMPARE(businessProfileResponseJson(profile), json);
    }

    void missingDataIsAnError()
    {
        BusinessProfile profile;
        QString error;
        QVERIFY(!parseBusinessProfileResponse(QJsonObject{}, &profile, &error));
        QVERIFY(!error.isEmpty());
    }

    void updateBodyRoundTrips()
    {
        BusinessProfile sent;
        sent.about = QStringLiteral("Hi");
        sent.vertical = QStringLiteral("HOTEL");
        sent.websites = {QStringLiteral("https://example.com")};
        const QJsonObject body = businessProfileUpdateJson(sent);
        QCOMPARE(body.value(QLatin1String("messaging_product")).toString(),
                 QStringLiteral("whatsapp"));
        QVERIFY(!body.contains(QLatin1String("profile_picture_url")));
        BusinessProfile read;
        GraphError error;
        QVERIFY(parseBusinessProfileUpdate(body, &read, &error));
        QCOMPARE(read.about, sent.about);
        QCOMPARE(read.vertical, sent.vertical);
        QCOMPARE(read.websites, sent.websites);
        // Meta refuses an empty About, so an empty one is left out rather than sent.
        sent.about.clear();
        QVERIFY(!businessProfileUpdateJson(sent).contains(QLatin1String("about")));
    }

    void updateNeedsMessagingProduct()
    {
        BusinessProfile read;
        GraphError error;
        QVERIFY(!parseBusinessProfileUpdate({{QStringLiteral("about"), QStringLiteral("x")}}, &read,
                                            &error));
        QCOMPARE(error.code, 100);
    }

    void limitsAreMetas()
    {
        BusinessProfile profile;
        profile.about = QString(maxProfileAboutLength, QLatin1Char('a'));
        profile.description = QString(maxProfileDescriptionLength, QLatin1Char('d'));
        profile.address = QString(maxProfileAddressLength, QLatin1Char('x'));
        profile.email =
            QString(maxProfileEmailLength - 6, QLatin1Char('e')) + QStringLiteral("@ex.io");
        profile.websites = {QStringLiteral("https://") + QString(248, QLatin1Char('w')),
                            QStringLiteral("http://b.example")};
        QVERIFY(checkBusinessProfile(profile).isEmpty()); // exactly at each limit passes

        profile.about.append(QLatin1Char('a'));
        profile.description.append(QLatin1Char('d'));
        profile.address.append(QLatin1Char('x'));
        profile.email.prepend(QLatin1Char('e'));
        profile.websites.first().append(QLatin1Char('w'));
        profile.websites.append(QStringLiteral("ftp://c.example"));
        profile.vertical = QStringLiteral("BAKERY");
        const RuleErrors errors = checkBusinessProfile(profile);
        for (const char *code :
             {"profile_about_too_long", "profile_description_too_long", "profile_address_too_long",
              "profile_email_too_long", "profile_website_too_long", "profile_too_many_websites",
              "profile_website_scheme", "profile_vertical_invalid"})
            QVERIFY2(hasError(errors, QLatin1String(code)), code);
    }

    void emojiCountAsOneCharacter()
    {
        BusinessProfile profile;
        for (int i = 0; i < maxProfileAboutLength; ++i)
            profile.about += QString::fromUcs4(U"\U0001F335");
        QVERIFY(checkBusinessProfile(profile).isEmpty());
    }

    void verticalsAreMetasEnum()
    {
        QCOMPARE(businessVerticals().size(), 19);
        QVERIFY(businessVerticals().contains(QStringLiteral("PROF_SERVICES")));
        BusinessProfile profile;
        profile.email = QStringLiteral("not an email");
        QVERIFY(hasError(checkBusinessProfile(profile), QStringLiteral("profile_email_invalid")));
    }
};

QTEST_GUILESS_MAIN(WhatsAppBusinessProfileTest)
#include "tst_whatsappbusinessprofile.moc"
