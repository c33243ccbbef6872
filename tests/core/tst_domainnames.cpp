#include "core/domain/agent.h"
#include "core/domain/conversation.h"
#include "core/domain/message.h"
#include "core/domain/messagetemplate.h"
#include "core/domain/record.h"

#include <QTest>

using namespace parley;

class DomainNamesTest : public QObject {
    Q_OBJECT
private slots:
    void rolesRoundTrip()
    {
        for (Role role : {Role::Admin, Role::Agent, Role::Viewer}) {
            Role back = Role::Admin;
            QVERIFY(roleFromName(roleName(role), &back));
            QCOMPARE(back, role);
        }
        QCOMPARE(roleName(Role::Viewer), QStringLiteral("viewer"));
        Role unchanged = Role::Agent;
        QVERIFY(!roleFromName(QStringLiteral("superuser"), &unchanged));
        QCOMPARE(unchanged, Role::Agent);
    }

    void permissionsFollowRoles()
    {
        QVERIFY(canSend(Role::Admin));
        QVERIFY(canSend(Role::Agent));
        QVERIFY(!canSend(Role::Viewer));
        QVERIFY(canAdminister(Role::Admin));
        QVERIFY(!canAdminister(Role::Agent));
        QVERIFY(!canAdminister(Role::Viewer));
    }

    void messageKindsUseCloudApiSpelling()
    {
        MessageKind kind = MessageKind::Text;
        QVERIFY(messageKindFromName(QStringLiteral("interactive"), &kind));
        QCOMPARE(kind, MessageKind::Interactive);
        QCOMPARE(messageKindName(MessageKind::Unsupported), QStringLiteral("unsupported"));
        QCOMPARE(templateStatusName(TemplateStatus::Approved), QStringLiteral("APPROVED"));
        QCOMPARE(moduleName(Module::Contacts), QStringLiteral("Contacts"));
    }

    void deliveryStateNeverGoesBack()
    {
        QVERIFY(deliveryStateAdvances(DeliveryState::Pending, DeliveryState::Queued));
        QVERIFY(deliveryStateAdvances(DeliveryState::Sent, DeliveryState::Read));
        QVERIFY(!deliveryStateAdvances(DeliveryState::Read, DeliveryState::Delivered));
        QVERIFY(!deliveryStateAdvances(DeliveryState::Delivered, DeliveryState::Delivered));
        QVERIFY(deliveryStateAdvances(DeliveryState::Sent, DeliveryState::Failed));
        QVERIFY(!deliveryStateAdvances(DeliveryState::Read, DeliveryState::Failed));
        QVERIFY(!deliveryStateAdvances(DeliveryState::Failed, DeliveryState::Sent));
    }

    void awaitingReplyComparesLastTimes()
    {
        Conversation c;
        QVERIFY(!c.awaitingReply());
        c.lastInboundAt = 1000;
        QVERIFY(c.awaitingReply());
        c.lastOutboundAt = 1000;
        QVERIFY(!c.awaitingReply());
        c.lastInboundAt = 1001;
        QVERIFY(c.awaitingReply());
    }
};

QTEST_GUILESS_MAIN(DomainNamesTest)
#include "tst_domainnames.moc"
