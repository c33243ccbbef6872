#include "sim/democast.h"

namespace parley::sim {
namespace {

QStringList fromUtf8(std::initializer_list<const char *> lines)
{
    QStringList list;
    for (const char *line : lines)
        list.append(QString::fromUtf8(line));
    return list;
}

const DemoScript &english()
{
    static const DemoScript script{
        fromUtf8({"Hi! Do you have the blue backpack in stock?",
                  "How much is shipping to Chicago? 📦", "Is there a bigger size?",
                  "Can I pick it up at the store today?", "My order #4821 hasn't arrived yet 😕",
                  "Do you accept returns after 30 days?", "What time do you open on Saturday?",
                  "Can I pay with Apple Pay?", "Does it come in another color?",
                  "Is the warranty one year or two?", "Could you send me the tracking number?",
                  "Great, I'll place the order tonight 🙌"}),
        fromUtf8({"Thanks so much! 🙏", "Perfect, that works for me.", "Got it, thank you!",
                  "Hmm, can you check again?", "Awesome 😄", "Ok! I'll wait then."}),
        fromUtf8({"This is the one I mean", "The box arrived like this 😢",
                  "Is this the right charger?", "Here's the receipt"}),
        {41.8826, -87.6233, QStringLiteral("Millennium Park"),
         QStringLiteral("201 E Randolph St, Chicago, IL 60602")},
        QStringLiteral("Megan Brooks"),
        QStringLiteral("+1 312-555-0175")};
    return script;
}

const DemoScript &portuguese()
{
    static const DemoScript script{
        fromUtf8({"Oi! Vocês têm a mochila azul em estoque?",
                  "Quanto fica o frete para Belo Horizonte? 📦", "Tem tamanho maior?",
                  "Posso retirar na loja hoje?", "Meu pedido #3390 ainda não chegou 😕",
                  "Aceitam troca depois de 30 dias?", "Que horas vocês abrem no sábado?",
                  "Dá pra pagar no Pix?", "Vem em outra cor?", "A garantia é de um ano?",
                  "Pode me mandar o código de rastreio?",
                  "Show, vou fechar o pedido hoje à noite 🙌"}),
        fromUtf8({"Muito obrigada! 🙏", "Perfeito, pode ser.", "Entendi, valeu!",
                  "Hmm, consegue verificar de novo?", "Maravilha 😄",
                  "Beleza, vou aguardar então."}),
        fromUtf8({"É essa aqui", "A caixa chegou assim 😢", "Esse é o carregador certo?",
                  "Segue o comprovante"}),
        {-23.5614, -46.6559, QStringLiteral("MASP"),
         QString::fromUtf8("Av. Paulista, 1578 - Bela Vista, São Paulo - SP")},
        QStringLiteral("Juliana Rocha"),
        QStringLiteral("+55 11 98888-7766")};
    return script;
}

const DemoScript &chinese()
{
    static const DemoScript script{
        fromUtf8({"你好！蓝色的背包还有货吗？", "寄到上海运费多少？📦", "有大一点的尺码吗？",
                  "今天可以到店自取吗？", "我的订单 #5127 还没到 😕", "30天后还能退货吗？",
                  "周六几点开门？", "可以用支付宝付款吗？", "有其他颜色吗？", "保修是一年吗？",
                  "能发一下快递单号吗？", "好的，我今晚下单 🙌"}),
        fromUtf8({"太感谢了！🙏", "好的，没问题。", "明白了，谢谢！", "嗯，能再帮我查一下吗？",
                  "太好了 😄", "好的，那我等一下。"}),
        fromUtf8({"就是这个", "收到的箱子是这样的 😢", "这个充电器对吗？", "这是收据"}),
        {31.2397, 121.4998, QString::fromUtf8("东方明珠"),
         QString::fromUtf8("上海市浦东新区世纪大道1号")},
        QString::fromUtf8("张敏"),
        QStringLiteral("+86 139 1234 5678")};
    return script;
}

const DemoScript &japanese()
{
    static const DemoScript script{
        fromUtf8({"こんにちは！青いリュックは在庫ありますか？", "大阪までの送料はいくらですか？📦",
                  "もう少し大きいサイズはありますか？", "今日お店で受け取れますか？",
                  "注文 #6604 がまだ届いていません 😕", "30日過ぎても返品できますか？",
                  "土曜日は何時から開いていますか？", "PayPayで支払えますか？",
                  "他の色もありますか？", "保証は1年ですか？", "追跡番号を送っていただけますか？",
                  "ありがとうございます、今夜注文します 🙌"}),
        fromUtf8({"ありがとうございます！🙏", "了解です、それで大丈夫です。",
                  "わかりました、助かります！", "うーん、もう一度確認してもらえますか？",
                  "よかった 😄", "では、待ちますね。"}),
        fromUtf8({"これのことです", "箱がこんな状態で届きました 😢", "この充電器で合っていますか？",
                  "レシートです"}),
        {35.6586, 139.7454, QString::fromUtf8("東京タワー"),
         QString::fromUtf8("東京都港区芝公園4-2-8")},
        QString::fromUtf8("田中 さくら"),
        QStringLiteral("+81 90-5555-0123")};
    return script;
}

} // namespace

const QList<CastMember> &demoCast()
{
    static const QList<CastMember> cast = {
        {QStringLiteral("5511987654321"), QStringLiteral("Ana Souza"), &portuguese()},
        {QStringLiteral("5521998765432"), QStringLiteral("Bruno Lima"), &portuguese()},
        {QStringLiteral("5531991234567"), QStringLiteral("Carla Mendes"), &portuguese()},
        {QStringLiteral("8613812345678"), QString::fromUtf8("王芳"), &chinese()},
        {QStringLiteral("8613987654321"), QString::fromUtf8("李伟"), &chinese()},
        {QStringLiteral("8615012348765"), QString::fromUtf8("陈静"), &chinese()},
        {QStringLiteral("819012345678"), QString::fromUtf8("佐藤 健"), &japanese()},
        {QStringLiteral("818023456789"), QString::fromUtf8("鈴木 美咲"), &japanese()},
        {QStringLiteral("817034567890"), QString::fromUtf8("高橋 大輔"), &japanese()},
        {QStringLiteral("14155550123"), QStringLiteral("Emily Carter"), &english()},
        {QStringLiteral("12125550187"), QStringLiteral("Jake Thompson"), &english()},
        {QStringLiteral("13105550142"), QStringLiteral("Olivia Martinez"), &english()},
    };
    return cast;
}

const QStringList &demoReactions()
{
    static const QStringList reactions = fromUtf8({"👍", "❤️", "🙏", "😂", "😮"});
    return reactions;
}

} // namespace parley::sim
