// How search text is folded (core/mirror/searchfold): Latin accents and capitals go, every
// Chinese and Japanese character stays, and the fast paths fold exactly as the full Unicode
// normalisations do. Split from tst_mirrorfilters, which searches a mirror with the fold.
#include "core/mirror/searchfold.h"

#include <QTest>

using namespace parley;

class SearchFoldTest : public QObject {
    Q_OBJECT
private slots:
    void searchFoldsLatinButKeepsEveryCjkCharacter()
    {
        QCOMPARE(foldForSearch(QStringLiteral("Sábado")), QStringLiteral("sabado"));
        QCOMPARE(foldForSearch(QStringLiteral("AÇÃO")), QStringLiteral("acao"));
        QCOMPARE(foldForSearch(QStringLiteral("ÉCOLE Ñandú")), QStringLiteral("ecole nandu"));
        // Dakuten are part of the kana: が is not か. Half-width katakana meet full-width.
        QCOMPARE(foldForSearch(QStringLiteral("がぎ")), QStringLiteral("がぎ"));
        QCOMPARE(foldForSearch(QStringLiteral("ｶﾞｲﾄﾞ")), QStringLiteral("ガイド"));
        QCOMPARE(foldForSearch(QStringLiteral("订单还没")), QStringLiteral("订单还没"));
    }

    // The Latin-1 shortcut folds exactly as both normalisations do: every Latin-1 character,
    // and texts mixing them with accents, capitals, compatibility forms and other scripts.
    void latinShortcutFoldsAsTheFullFold()
    {
        for (int c = 1; c < 256; ++c) {
            const QString one = QString(QChar(c));
            QCOMPARE(foldForSearch(one), foldForSearchSlowly(one));
            const QString among = QStringLiteral("Ab") + one + QStringLiteral("Ç\u00a0d") + one;
            QCOMPARE(foldForSearch(among), foldForSearchSlowly(among));
        }
        for (const QString &text :
             {QStringLiteral("Orçamento ÁÉÍÓÚ ãõ ñ ü ß ½ ª º µ ¨ ´ ¸ Ø Æ Þ ÿ"),
              QStringLiteral("PLAIN ascii Text 123 !?"), QStringLiteral("mixed ção 订单 ｶﾞ"),
              QString()}) {
            QCOMPARE(foldForSearch(text), foldForSearchSlowly(text));
        }
    }

    // The shortcut for Chinese and Japanese text folds exactly as both normalisations do: every
    // character of the blocks it covers (and of the ones around them, which must take the full
    // fold), alone and between Latin-1, half-width kana and a combining voiced mark.
    void cjkShortcutFoldsAsTheFullFold()
    {
        const QList<QPair<int, int>> blocks = {
            {0x3000, 0x30FF}, {0x4DC0, 0xA000}, {0xFF00, 0xFFEF}};
        for (const auto &[first, last] : blocks) {
            for (int c = first; c <= last; ++c) {
                const QString one = QString(QChar(c));
                QCOMPARE(foldForSearch(one), foldForSearchSlowly(one));
                const QString among = QStringLiteral("Áb") + one + QStringLiteral("\u3099x") + one +
                                      one + QStringLiteral("ｶﾞ") + one;
                QCOMPARE(foldForSearch(among), foldForSearchSlowly(among));
                const QString beside = QStringLiteral("çA") + one + QStringLiteral("订单ア") + one;
                QCOMPARE(foldForSearch(beside), foldForSearchSlowly(beside));
            }
        }
        for (const QString &text :
             {QStringLiteral("你好，我的订单发货了吗？"),
              QStringLiteral("こんにちは、注文した商品はもう発送されましたか？"),
              QStringLiteral("承知しました、ありがとうございます！ ＡＢＣ１２３ｘ"),
              QStringLiteral("「ガイド」〜ヴ ゔ ヷ Pedido nº 12 订单"),
              QStringLiteral("か\u3099き\u309Aー")}) {
            QCOMPARE(foldForSearch(text), foldForSearchSlowly(text));
        }
    }
};

QTEST_GUILESS_MAIN(SearchFoldTest)
#include "tst_searchfold.moc"
