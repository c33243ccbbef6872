// A display name becomes "First Name" and "Last Name" in the order its script writes names.
#include "core/domain/personname.h"

#include <QTest>

using namespace parley;

class PersonNameTest : public QObject {
    Q_OBJECT
private slots:
    void splitsInTheScriptsOrder_data()
    {
        QTest::addColumn<QString>("display");
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("family");
        QTest::newRow("latin") << QStringLiteral("Ana Souza") << QStringLiteral("Ana")
                               << QStringLiteral("Souza");
        QTest::newRow("latin, three words")
            << QStringLiteral("Maria da Silva") << QStringLiteral("Maria")
            << QStringLiteral("da Silva");
        QTest::newRow("one word") << QStringLiteral("Carla") << QStringLiteral("Carla")
                                  << QString();
        QTest::newRow("japanese, space")
            << QStringLiteral("山田 太郎") << QStringLiteral("太郎") << QStringLiteral("山田");
        QTest::newRow("japanese, full-width space")
            << QStringLiteral("佐藤\u3000花子") << QStringLiteral("花子") << QStringLiteral("佐藤");
        QTest::newRow("japanese, no space")
            << QStringLiteral("山田太郎") << QStringLiteral("山田太郎") << QString();
        QTest::newRow("katakana") << QStringLiteral("スズキ イチロウ") << QStringLiteral("イチロウ")
                                  << QStringLiteral("スズキ");
        QTest::newRow("chinese") << QStringLiteral("王 小明") << QStringLiteral("小明")
                                 << QStringLiteral("王");
        QTest::newRow("korean") << QStringLiteral("김 민준") << QStringLiteral("민준")
                                << QStringLiteral("김");
        QTest::newRow("japanese in latin letters")
            << QStringLiteral("Taro Yamada") << QStringLiteral("Taro") << QStringLiteral("Yamada");
        QTest::newRow("extra spaces")
            << QStringLiteral("  Ana   Souza ") << QStringLiteral("Ana") << QStringLiteral("Souza");
        QTest::newRow("empty") << QString() << QString() << QString();
    }

    void splitsInTheScriptsOrder()
    {
        QFETCH(QString, display);
        QFETCH(QString, given);
        QFETCH(QString, family);
        const PersonName name = splitPersonName(display);
        QCOMPARE(name.given, given);
        QCOMPARE(name.family, family);
    }
};

QTEST_GUILESS_MAIN(PersonNameTest)
#include "tst_personname.moc"
