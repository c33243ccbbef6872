#include "bench/mirror/vocabulary.h"

namespace parley::vocabulary {
namespace {

const char *const englishFragments[] = {
    "Hi, is my order ready?",
    "thanks for the quick reply",
    "could you send me the invoice number",
    "the delivery was late again",
    "I'd like a quote for 200 units",
    "what time do you open tomorrow",
    "please confirm the delivery address",
    "the payment went through",
    "we shipped it this morning",
    "tracking code attached",
    "sorry for the delay",
    "let me check with the warehouse",
    "could you call me back later",
    "the size doesn't fit",
    "I want to return it",
    "is there a discount for bulk orders",
    "your appointment is confirmed",
    "see you on Monday",
    "the product arrived damaged",
    "we can replace it free of charge",
    "how long does shipping take",
    "do you deliver to Boston",
    "the invoice was sent by email",
    "the payment link isn't working",
    "great, thank you!",
    "any update on this?",
    "has the price changed?",
    "I paid by card yesterday",
    "your refund has been processed",
    "our store opens at 9am",
};

const char *const portugueseFragments[] = {
    "Olá, meu pedido já saiu?",
    "obrigado pelo retorno",
    "pode me mandar o orçamento",
    "a entrega atrasou de novo",
    "qual o prazo de entrega",
    "o boleto venceu ontem",
    "já fiz o pagamento via Pix",
    "segue o código de rastreio",
    "desculpe a demora",
    "vou verificar com o estoque",
    "pode me ligar mais tarde?",
    "o tamanho não serviu",
    "quero trocar o produto",
    "tem desconto para atacado?",
    "seu horário está confirmado",
    "até segunda-feira",
    "o produto chegou com defeito",
    "enviamos a nota fiscal por e-mail",
    "vocês entregam em Campinas?",
    "o link de pagamento não abre",
    "perfeito, muito obrigada!",
    "bom dia, tudo bem?",
    "alguma novidade sobre o pedido?",
    "o preço mudou?",
    "paguei no cartão de crédito",
    "o reembolso já foi feito",
    "preciso de um orçamento atualizado",
    "frete grátis acima de R$ 200",
    "qual o endereço da loja?",
    "combinado, até amanhã",
};

const char *const chineseFragments[] = {
    "你好，我的订单发货了吗？",
    "谢谢您的快速回复",
    "请把发票号码发给我",
    "快递又晚到了",
    "我想要两百件的报价",
    "明天几点开门？",
    "请确认收货地址",
    "付款已经成功了",
    "今天上午已经发货",
    "附上物流单号",
    "抱歉让您久等了",
    "我跟仓库确认一下",
    "方便给我回个电话吗",
    "尺码不合适",
    "我想退货",
    "批量购买有折扣吗？",
    "您的预约已确认",
    "周一见",
    "收到的商品有破损",
    "我们可以免费换一个",
    "运输需要多长时间？",
    "可以送到上海吗？",
    "电子发票已经发到邮箱",
    "付款链接打不开",
    "好的，谢谢！",
    "在吗？",
    "有什么进展吗？",
    "价格变了吗？",
    "我用信用卡付的",
    "退款已处理",
};

const char *const japaneseFragments[] = {
    "こんにちは、注文した商品はもう発送されましたか？",
    "ご返信ありがとうございます",
    "請求書番号を送ってください",
    "配達がまた遅れています",
    "200個の見積もりをお願いします",
    "明日は何時に開きますか",
    "お届け先の住所をご確認ください",
    "お支払いが完了しました",
    "本日午前に発送しました",
    "追跡番号を添付します",
    "お待たせして申し訳ありません",
    "倉庫に確認いたします",
    "折り返しお電話いただけますか",
    "サイズが合いませんでした",
    "返品したいです",
    "まとめ買いの割引はありますか",
    "ご予約を承りました",
    "月曜日にお会いしましょう",
    "商品が破損していました",
    "無料で交換いたします",
    "配送にはどのくらいかかりますか",
    "大阪まで配達できますか",
    "請求書をメールでお送りしました",
    "リンクが開けません",
    "承知しました、ありがとうございます！",
    "いつもお世話になっております",
    "その後いかがでしょうか",
    "価格は変わりましたか",
    "カードで支払いました",
    "返金処理が完了しました",
};

const char *const englishGiven[] = {"James",   "Mary",  "John",  "Patricia", "Robert", "Jennifer",
                                    "Michael", "Linda", "David", "Emily",    "Sarah",  "Daniel"};
const char *const englishFamily[] = {"Smith", "Johnson", "Brown", "Taylor", "Miller",
                                     "Davis", "Wilson",  "Clark", "Lewis",  "Walker"};
const char *const portugueseGiven[] = {"João",   "Maria",   "Ana",     "Pedro",
                                       "Lucas",  "Juliana", "Gabriel", "Fernanda",
                                       "Rafael", "Camila",  "Thiago",  "Beatriz"};
const char *const portugueseFamily[] = {"Silva", "Santos",    "Oliveira", "Souza",      "Pereira",
                                        "Costa", "Rodrigues", "Almeida",  "Nascimento", "Lima"};
const char *const chineseGiven[] = {"伟", "芳", "娜", "秀英", "敏", "静",
                                    "丽", "强", "磊", "洋",   "艳", "勇"};
const char *const chineseFamily[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴"};
const char *const japaneseGiven[] = {"太郎", "花子",   "健", "美咲", "翔",   "陽菜",
                                     "大輔", "さくら", "蓮", "結衣", "悠真", "葵"};
const char *const japaneseFamily[] = {"佐藤", "鈴木", "高橋", "田中", "伊藤",
                                      "渡辺", "山本", "中村", "小林", "加藤"};

template <int N> constexpr int count(const char *const (&)[N])
{
    return N;
}

const Language languages[] = {
    {englishFragments, count(englishFragments), englishGiven, count(englishGiven), englishFamily,
     count(englishFamily), false, ". "},
    {portugueseFragments, count(portugueseFragments), portugueseGiven, count(portugueseGiven),
     portugueseFamily, count(portugueseFamily), false, ". "},
    {chineseFragments, count(chineseFragments), chineseGiven, count(chineseGiven), chineseFamily,
     count(chineseFamily), true, "。"},
    {japaneseFragments, count(japaneseFragments), japaneseGiven, count(japaneseGiven),
     japaneseFamily, count(japaneseFamily), true, "。"},
};

} // namespace

const Language &language(int index)
{
    return languages[index];
}

} // namespace parley::vocabulary
