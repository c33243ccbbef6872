<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Accessible</name>
    <message>
        <source>Clear the field</source>
        <translation>入力欄をクリア</translation>
    </message>
</context>
<context>
    <name>AccessibleTexts</name>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>未読メッセージ%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>last message at %1: %2</source>
        <translation>最後のメッセージ%1：%2</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>配信済み</translation>
    </message>
    <message>
        <source>read</source>
        <translation>既読</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>社内メモ</translation>
    </message>
    <message>
        <source>Sent by the team</source>
        <translation>チームが送信</translation>
    </message>
    <message>
        <source>From the customer</source>
        <translation>顧客から</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <translation>添付ファイル%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>%1を削除できません：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1に書き込めません：%2</translation>
    </message>
</context>
<context>
    <name>BuiltinView</name>
    <message>
        <source>Unreplied</source>
        <translation>未返信</translation>
    </message>
    <message>
        <source>Sent today</source>
        <translation>今日の送信</translation>
    </message>
    <message>
        <source>All unreplied</source>
        <translation>すべての未返信</translation>
    </message>
    <message>
        <source>My open</source>
        <translation>自分の対応中</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未読</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>自分のチーム</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>&lt; 1 min</source>
        <translation>1分未満</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1分</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1時間</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1時間%2分</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1日</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1日%2時間</translation>
    </message>
</context>
<context>
    <name>HubError</name>
    <message>
        <source>%1
WhatsApp says: %2</source>
        <translation>%1
WhatsAppのメッセージ：%2</translation>
    </message>
    <message>
        <source>The 24-hour window is closed: only an approved template can be sent now.</source>
        <translation>24時間の返信期間が終了しました。現在は承認済みのテンプレートのみ送信できます。</translation>
    </message>
    <message>
        <source>The 24-hour window had closed: send an approved template.</source>
        <translation>24時間の返信期間が終了していました。承認済みのテンプレートを送信してください。</translation>
    </message>
    <message>
        <source>This customer has not written yet: start with an approved template.</source>
        <translation>この顧客からはまだメッセージが届いていません。承認済みのテンプレートで会話を開始してください。</translation>
    </message>
    <message>
        <source>Not enough credits. Ask an admin to buy credits or turn on auto-recharge.</source>
        <translation>ポイントが不足しています。ポイントの購入か自動補充の有効化を管理者に依頼してください。</translation>
    </message>
    <message>
        <source>This WhatsApp number is deactivated or disconnected.</source>
        <translation>このWhatsApp番号は無効化されているか、接続が解除されています。</translation>
    </message>
    <message>
        <source>This WhatsApp number is disconnected. Connect it again first.</source>
        <translation>このWhatsApp番号は接続が解除されています。先にもう一度接続してください。</translation>
    </message>
    <message>
        <source>The hub stopped while sending: WhatsApp may or may not have this message. Check before sending it again.</source>
        <translation>送信中にハブが停止したため、このメッセージがWhatsAppに届いたかどうかわかりません。再送信する前に確認してください。</translation>
    </message>
    <message>
        <source>WhatsApp refused the change: %1</source>
        <translation>WhatsAppが変更を拒否しました：%1</translation>
    </message>
    <message>
        <source>WhatsApp no longer accepts this channel&apos;s access token. Connect the number again with a new token.</source>
        <translation>この経路のアクセストークンはWhatsAppで使用できなくなりました。新しいトークンで電話番号を接続し直してください。</translation>
    </message>
    <message>
        <source>WhatsApp could not be reached or did not answer. Try again later.</source>
        <translation>WhatsAppに接続できないか、応答がありませんでした。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>WhatsApp could not deliver to this number.</source>
        <translation>WhatsAppでこの番号にメッセージを配信できませんでした。</translation>
    </message>
    <message>
        <source>The files waiting to be sent were removed from this computer. Attach them again.</source>
        <translation>送信待ちのファイルがこのコンピューターから削除されました。もう一度添付してください。</translation>
    </message>
    <message>
        <source>Write a message first.</source>
        <translation>先にメッセージを入力してください。</translation>
    </message>
    <message>
        <source>The message is longer than WhatsApp allows (4,096 characters).</source>
        <translation>メッセージがWhatsAppの上限（4,096文字）を超えています。</translation>
    </message>
    <message>
        <source>The file is still being prepared on the hub. Try again in a moment.</source>
        <translation>ファイルはまだハブで準備中です。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>This customer asked not to receive marketing messages.</source>
        <translation>この顧客はマーケティングメッセージを受け取らないよう求めています。</translation>
    </message>
    <message>
        <source>This record has no WhatsApp number to write to.</source>
        <translation>このレコードには送信先のWhatsApp番号がありません。</translation>
    </message>
    <message>
        <source>You have view-only access and cannot send.</source>
        <translation>閲覧のみの権限のため、送信できません。</translation>
    </message>
    <message>
        <source>You have view-only access: you can see this but not change it.</source>
        <translation>閲覧のみの権限のため、表示はできますが変更はできません。</translation>
    </message>
    <message>
        <source>Only admins can do this.</source>
        <translation>この操作は管理者のみ実行できます。</translation>
    </message>
    <message>
        <source>The hub refused this: you do not have access to it.</source>
        <translation>ハブが拒否しました：アクセス権がありません。</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again.</source>
        <translation>セッションの有効期限が切れました。もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Wait a minute and try again.</source>
        <translation>サインインの試行が多すぎます。1分待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The hub cannot be reached. The reply will be sent when it is back.</source>
        <translation>ハブに接続できません。接続が回復したら返信を送信します。</translation>
    </message>
    <message>
        <source>The hub cannot be reached, so nothing was changed. Try again when it is back.</source>
        <translation>ハブに接続できないため、何も変更されていません。接続が回復してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The hub could not save the change; nothing was changed. Try again.</source>
        <translation>ハブで変更を保存できなかったため、何も変更されていません。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The hub&apos;s storage is full; nothing was saved. Tell your administrator.</source>
        <translation>ハブのストレージがいっぱいで、何も保存されませんでした。管理者に連絡してください。</translation>
    </message>
    <message>
        <source>The hub could not accept this request: %1</source>
        <translation>ハブはこのリクエストを受け付けられませんでした：%1</translation>
    </message>
    <message>
        <source>The hub answered in a way this version of Parley does not understand: %1</source>
        <translation>ハブの応答をこのバージョンのParleyは理解できません：%1</translation>
    </message>
    <message>
        <source>The conversation no longer exists on the hub.</source>
        <translation>この会話はハブ上にもう存在しません。</translation>
    </message>
    <message>
        <source>This record, activity or conversation no longer exists on the hub.</source>
        <translation>このレコード、アクティビティ、または会話はハブ上にもう存在しません。</translation>
    </message>
    <message>
        <source>This predefined text no longer exists; someone may have deleted it.</source>
        <translation>この定型文はもう存在しません。他のユーザーが削除した可能性があります。</translation>
    </message>
    <message>
        <source>The template or WhatsApp number no longer exists.</source>
        <translation>テンプレートまたはWhatsApp番号がもう存在しません。</translation>
    </message>
    <message>
        <source>This item no longer exists on the hub; someone may have deleted it.</source>
        <translation>この項目はハブにもう存在しません。誰かが削除した可能性があります。</translation>
    </message>
    <message>
        <source>Give the activity a title.</source>
        <translation>アクティビティのタイトルを入力してください。</translation>
    </message>
    <message>
        <source>The linked company or person no longer exists; choose another one.</source>
        <translation>関連付けた取引先または人物がもう存在しません。別の対象を選択してください。</translation>
    </message>
    <message>
        <source>Fill in at least one field.</source>
        <translation>1つ以上の項目を入力してください。</translation>
    </message>
    <message>
        <source>That agent no longer exists or is inactive; choose another owner.</source>
        <translation>その担当者はもう存在しないか、無効になっています。別の所有者を選択してください。</translation>
    </message>
    <message>
        <source>The module of a predefined text cannot be changed: its merge fields depend on it. Create a new text for another module.</source>
        <translation>定型文のモジュールは変更できません（差し込み項目がモジュールに依存しているため）。別のモジュールで使う場合は、新しい定型文を作成してください。</translation>
    </message>
    <message>
        <source>A predefined text needs a name and a message.</source>
        <translation>定型文には名前とメッセージが必要です。</translation>
    </message>
    <message>
        <source>Automations send to leads or contacts only.</source>
        <translation>自動化ルールの送信先は、見込み客または連絡先のみです。</translation>
    </message>
    <message>
        <source>Choose a template of the same module as the records.</source>
        <translation>レコードと同じモジュールのテンプレートを選択してください。</translation>
    </message>
    <message>
        <source>This automation exists already.</source>
        <translation>この自動化ルールはすでに存在します。</translation>
    </message>
    <message>
        <source>The record had no Mobile or Phone to send to.</source>
        <translation>レコードに送信先の携帯電話または電話の番号がありませんでした。</translation>
    </message>
    <message>
        <source>A login is 1 to 64 letters, digits or . _ @ -</source>
        <translation>ログインIDには、1～64文字の英字、数字、. _ @ - を使用してください。</translation>
    </message>
    <message>
        <source>Someone already has this login.</source>
        <translation>このログインIDはすでに使用されています。</translation>
    </message>
    <message>
        <source>Give the agent a name.</source>
        <translation>担当者の名前を入力してください。</translation>
    </message>
    <message>
        <source>A password has at least 8 characters.</source>
        <translation>パスワードは8文字以上で入力してください。</translation>
    </message>
    <message>
        <source>This is the team&apos;s only active admin: make someone else an admin first.</source>
        <translation>このユーザーはチームで唯一の有効な管理者です。先に他のユーザーを管理者にしてください。</translation>
    </message>
    <message>
        <source>One of the chosen agents no longer exists.</source>
        <translation>選択した担当者の中に、もう存在しない担当者がいます。</translation>
    </message>
    <message>
        <source>Give the group a name.</source>
        <translation>グループの名前を入力してください。</translation>
    </message>
    <message>
        <source>There is already a group with this name.</source>
        <translation>同じ名前のグループがすでに存在します。</translation>
    </message>
    <message>
        <source>One of the chosen groups no longer exists.</source>
        <translation>選択したグループの中に、もう存在しないグループがあります。</translation>
    </message>
    <message>
        <source>Give the department a name.</source>
        <translation>部門の名前を入力してください。</translation>
    </message>
    <message>
        <source>This department no longer exists. Choose another one.</source>
        <translation>この部門はもう存在しません。別の部門を選択してください。</translation>
    </message>
    <message>
        <source>Choose who receives the new customers.</source>
        <translation>新規顧客の割り当て先を選択してください。</translation>
    </message>
    <message>
        <source>The auto-close time is not valid.</source>
        <translation>自動クローズの時間が無効です。</translation>
    </message>
    <message>
        <source>The Graph API address is not valid.</source>
        <translation>Graph APIのアドレスが無効です。</translation>
    </message>
    <message>
        <source>This rate plan does not exist.</source>
        <translation>この料金プランは存在しません。</translation>
    </message>
    <message>
        <source>The payment did not go through; no credits were added.</source>
        <translation>支払いが完了しなかったため、ポイントは追加されませんでした。</translation>
    </message>
    <message>
        <source>Auto-recharge failed: the payment did not go through.</source>
        <translation>自動補充に失敗しました：支払いが完了しませんでした。</translation>
    </message>
    <message>
        <source>Choose one of the trial states.</source>
        <translation>試用の状態を1つ選んでください。</translation>
    </message>
    <message>
        <source>The hub refused the change (%1).</source>
        <translation>ハブが変更を拒否しました（%1）。</translation>
    </message>
    <message>
        <source>WhatsApp sends audio without a caption: remove the text.</source>
        <translation>WhatsAppは音声をキャプションなしで送ります。テキストを削除してください。</translation>
    </message>
    <message>
        <source>The caption is too long for WhatsApp: %1</source>
        <translation>キャプションがWhatsAppには長すぎます：%1</translation>
    </message>
    <message>
        <source>That message is no longer in this conversation.</source>
        <translation>そのメッセージはこの会話にもうありません。</translation>
    </message>
    <message>
        <source>That message has not reached WhatsApp yet, so it cannot be answered.</source>
        <translation>そのメッセージはまだWhatsAppに届いていないため、返信できません。</translation>
    </message>
    <message>
        <source>A reaction is one emoji.</source>
        <translation>リアクションは絵文字1つです。</translation>
    </message>
    <message>
        <source>Give one sample value for each field of the template: %1</source>
        <translation>テンプレートの各項目に例の値を1つずつ入力してください：%1</translation>
    </message>
    <message>
        <source>This conversation&apos;s number does not serve that department.</source>
        <translation>この会話の番号はその部門を担当していません。</translation>
    </message>
    <message>
        <source>Only leads and contacts are merged.</source>
        <translation>統合できるのは見込み客と連絡先だけです。</translation>
    </message>
    <message>
        <source>A record cannot be merged into itself.</source>
        <translation>レコードを自分自身に統合することはできません。</translation>
    </message>
    <message>
        <source>The hub is busy with other passwords. Try again in a moment.</source>
        <translation>ハブは他のパスワードの処理中です。少ししてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The hub could not store the password. Try again.</source>
        <translation>ハブはパスワードを保存できませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <source>WhatsApp did not accept the code: %1</source>
        <translation>WhatsAppがコードを受け付けませんでした：%1</translation>
    </message>
    <message>
        <source>WhatsApp did not send a code: %1</source>
        <translation>WhatsAppはコードを送信しませんでした：%1</translation>
    </message>
    <message>
        <source>This is not the number&apos;s two-step verification PIN.</source>
        <translation>この番号の2段階認証PINではありません。</translation>
    </message>
    <message>
        <source>Verify the number with its code before registering it.</source>
        <translation>登録する前に、コードで番号を確認してください。</translation>
    </message>
    <message>
        <source>Too many attempts for this number in a short time: wait a few minutes and try again.</source>
        <translation>短時間にこの番号での試行が多すぎます。数分待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>This ticket or its conversation is no longer yours to see on the hub.</source>
        <translation>このチケットまたはその会話は、ハブ上でもう表示できません。</translation>
    </message>
    <message>
        <source>Give the ticket a subject of at most 255 characters.</source>
        <translation>チケットの件名は255文字以内で入力してください。</translation>
    </message>
    <message>
        <source>This conversation is a ticket already.</source>
        <translation>この会話はすでにチケットです。</translation>
    </message>
    <message>
        <source>That agent no longer exists, is inactive or cannot change anything; choose another.</source>
        <translation>その担当者はもう存在しないか、無効か、何も変更できません。別の担当者を選んでください。</translation>
    </message>
    <message>
        <source>A comment has 1 to 10,000 characters.</source>
        <translation>コメントは1〜10,000文字です。</translation>
    </message>
    <message>
        <source>This ticket has as many comments as a ticket keeps.</source>
        <translation>このチケットのコメント数は上限に達しています。</translation>
    </message>
    <message>
        <source>A label&apos;s name has 1 to 40 characters.</source>
        <translation>ラベル名は1～40文字です。</translation>
    </message>
    <message>
        <source>Choose a colour for the label.</source>
        <translation>ラベルの色を選択してください。</translation>
    </message>
    <message>
        <source>There is already a label of that name.</source>
        <translation>同じ名前のラベルがすでにあります。</translation>
    </message>
    <message>
        <source>That label no longer exists; choose another one.</source>
        <translation>そのラベルはもう存在しません。別のラベルを選択してください。</translation>
    </message>
    <message>
        <source>That team no longer exists; choose another one.</source>
        <translation>そのチームはもう存在しません。別のチームを選択してください。</translation>
    </message>
    <message>
        <source>Choose a time still to come.</source>
        <translation>これから先の日時を選択してください。</translation>
    </message>
    <message>
        <source>The code is the 6 digits WhatsApp sent, nothing else.</source>
        <translation>コードはWhatsAppから届いた6桁の数字だけです。</translation>
    </message>
    <message>
        <source>The PIN is 6 digits.</source>
        <translation>PINは6桁の数字です。</translation>
    </message>
    <message>
        <source>WhatsApp cannot send the code in this language.</source>
        <translation>WhatsAppはこの言語でコードを送れません。</translation>
    </message>
    <message>
        <source>Activate or connect this WhatsApp number before registering it.</source>
        <translation>登録する前に、このWhatsApp番号を有効にするか接続してください。</translation>
    </message>
    <message>
        <source>Paste the access token exactly as Meta shows it.</source>
        <translation>アクセストークンはMetaの表示どおりに貼り付けてください。</translation>
    </message>
    <message>
        <source>A view&apos;s name has 1 to 60 characters.</source>
        <translation>ビューの名前は1～60文字です。</translation>
    </message>
    <message>
        <source>The hub cannot run this view&apos;s filter. Change it and save again.</source>
        <translation>ハブはこのビューのフィルターを実行できません。変更してもう一度保存してください。</translation>
    </message>
    <message>
        <source>This view is shared with the team; only admins change it.</source>
        <translation>このビューはチームと共有されています。変更できるのは管理者だけです。</translation>
    </message>
    <message>
        <source>You have as many saved views as the hub keeps (50). Delete one first.</source>
        <translation>保存済みのビューがハブの上限（50件）に達しています。先に1件削除してください。</translation>
    </message>
    <message>
        <source>Each condition needs a field and, to compare, a value (at most 10 conditions).</source>
        <translation>各条件にはフィールドが必要で、比較する場合は値も必要です（条件は最大10個）。</translation>
    </message>
    <message>
        <source>&quot;Changes to&quot; and &quot;changed&quot; only work when a record is updated.</source>
        <translation>「に変わる」と「変更された」はレコードが更新されたときだけ使えます。</translation>
    </message>
    <message>
        <source>No reply waits from 1 to 720 hours.</source>
        <translation>未返信の待ち時間は1〜720時間です。</translation>
    </message>
    <message>
        <source>Choose what the action sends, assigns or labels.</source>
        <translation>アクションで送信、割り当て、ラベル付けする対象を選んでください。</translation>
    </message>
    <message>
        <source>That agent, team or label does not exist any more.</source>
        <translation>その担当者、チーム、ラベルはもう存在しません。</translation>
    </message>
    <message>
        <source>The record has no conversation to act on.</source>
        <translation>レコードに対象の会話がありません。</translation>
    </message>
    <message>
        <source>Nothing to do: the conversation was like that already.</source>
        <translation>何もすることはありません。会話はすでにその状態でした。</translation>
    </message>
    <message>
        <source>The change was made by this automation itself.</source>
        <translation>この変更はこの自動化自身によるものです。</translation>
    </message>
    <message>
        <source>Too many automations set each other off in a row.</source>
        <translation>互いを連続して起動した自動化が多すぎます。</translation>
    </message>
    <message>
        <source>The conditions did not hold.</source>
        <translation>条件を満たしませんでした。</translation>
    </message>
    <message>
        <source>No active admin is left to act for the automation.</source>
        <translation>自動化の代わりに操作できる有効な管理者がいません。</translation>
    </message>
    <message>
        <source>The hub stopped during this run.</source>
        <translation>この実行中にハブが停止しました。</translation>
    </message>
    <message>
        <source>You have muted too many conversations; unmute one first.</source>
        <translation>ミュートした会話が多すぎます。先にどれかのミュートを解除してください。</translation>
    </message>
    <message>
        <source>This quote or its record is no longer yours to see on the hub.</source>
        <translation>この見積書またはそのレコードは、もうハブで表示できません。</translation>
    </message>
    <message>
        <source>This record has as many quotes as a record keeps.</source>
        <translation>このレコードの見積書は上限に達しています。</translation>
    </message>
    <message>
        <source>A survey template needs five quick-reply buttons, one for each score from 1 to 5.</source>
        <translation>アンケートのテンプレートには、1〜5の評価ごとに1つずつ、5つのクイック返信ボタンが必要です。</translation>
    </message>
</context>
<context>
    <name>MediaBubble</name>
    <message>
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>ステッカー</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>ボイスメッセージ</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音声</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>書類</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
</context>
<context>
    <name>MergePreview</name>
    <message>
        <source>Unknown field: %1</source>
        <translation>不明な項目：%1</translation>
    </message>
    <message>
        <source>No %1 record for this conversation: %2</source>
        <translation>この会話には%1のレコードがありません：%2</translation>
    </message>
    <message>
        <source>No value: %1</source>
        <translation>値がありません：%1</translation>
    </message>
    <message>
        <source>(no %1)</source>
        <translation>（%1なし）</translation>
    </message>
</context>
<context>
    <name>Module</name>
    <message>
        <source>Leads</source>
        <translation>見込み客</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>取引先</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商談</translation>
    </message>
</context>
<context>
    <name>RateCountry</name>
    <message>
        <source>United States and Canada</source>
        <translation>アメリカ合衆国・カナダ</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>ジャマイカ</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>イギリス</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>ドイツ</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>メキシコ</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>ブラジル</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>India</source>
        <translation>インド</translation>
    </message>
</context>
<context>
    <name>RecordField</name>
    <message>
        <source>First Name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last Name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Full Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>携帯電話</translation>
    </message>
    <message>
        <source>Lead Source</source>
        <translation>見込み客のソース</translation>
    </message>
    <message>
        <source>Lead Status</source>
        <translation>見込み客のステータス</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Account Name</source>
        <translation>取引先名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Mailing City</source>
        <translation>郵送先の市区町村</translation>
    </message>
    <message>
        <source>Mailing Country</source>
        <translation>郵送先の国</translation>
    </message>
    <message>
        <source>Company Name</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webサイト</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>従業員数</translation>
    </message>
    <message>
        <source>Deal Name</source>
        <translation>商談名</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>Closing Date</source>
        <translation>完了予定日</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>パイプライン</translation>
    </message>
    <message>
        <source>Contact Name</source>
        <translation>連絡先名</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a field a merge kept twice: its name, its number</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>RuleError</name>
    <message>
        <source>Not enough credits: this message costs {cost} credits and the balance is {balance}. Buy credits or turn on auto-recharge.</source>
        <translation>ポイントが不足しています。このメッセージには{cost}ポイントが必要ですが、残高は{balance}ポイントです。ポイントを購入するか、自動補充を有効にしてください。</translation>
    </message>
    <message>
        <source>Credits can be bought once the channel&apos;s number is connected; it is {status} now.</source>
        <translation>ポイントは経路の電話番号を接続すると購入できます（現在の状態：{status}）。</translation>
    </message>
    <message>
        <source>Enter a whole number of credits to buy, from 1 to {max}.</source>
        <translation>購入するポイント数を1～{max}の整数で入力してください。</translation>
    </message>
    <message>
        <source>Auto-recharge needs the number of credits to add, at least 1.</source>
        <translation>自動補充で追加するポイント数を1以上で入力してください。</translation>
    </message>
    <message>
        <source>The minimum balance to keep cannot be negative.</source>
        <translation>維持する最低残高にマイナスの値は指定できません。</translation>
    </message>
    <message>
        <source>During the trial, business-initiated messages can go to at most {limit} numbers; {number} would be one more. Verify your business to lift this.</source>
        <translation>試用期間中にビジネス側から開始するメッセージを送信できる電話番号は、最大{limit}件です。{number}に送信すると上限を超えます。制限を解除するには、ビジネス認証を完了してください。</translation>
    </message>
    <message>
        <source>During the trial you can reply in at most {limit} customer-initiated conversations. Verify your business to continue.</source>
        <translation>試用期間中に返信できるのは、顧客が開始した会話のうち最大{limit}件までです。引き続き利用するには、ビジネス認証を完了してください。</translation>
    </message>
    <message>
        <source>The {days}-day trial has ended. Verify your business to keep sending messages.</source>
        <translation>{days}日間の試用期間が終了しました。メッセージの送信を続けるには、ビジネス認証を完了してください。</translation>
    </message>
    <message>
        <source>The expanded trial&apos;s {limit} customer-initiated messages are used up. Choose a price plan to keep sending.</source>
        <translation>拡張試用期間で利用できる顧客開始のメッセージ（{limit}件）をすべて使い切りました。送信を続けるには、料金プランを選択してください。</translation>
    </message>
    <message>
        <source>The value of one credit must be a positive amount in the plan&apos;s currency.</source>
        <translation>1ポイントあたりの金額には、プランの通貨で正の値を指定してください。</translation>
    </message>
    <message>
        <source>The price {price} is not in the plan&apos;s currency, {currency}.</source>
        <translation>料金{price}がプランの通貨（{currency}）ではありません。</translation>
    </message>
    <message>
        <source>The price {price} is not a whole number of credits worth {credit} each. Use a smaller credit or round the price.</source>
        <translation>料金{price}は、1ポイント{credit}で割り切れません。1ポイントあたりの金額を小さくするか、料金を切りのよい金額にしてください。</translation>
    </message>
    <message>
        <source>Session price steps must rise in message count and end with a price for all further messages.</source>
        <translation>セッション料金の段階はメッセージ数の昇順で設定し、最後にそれ以降のすべてのメッセージに適用する料金を指定してください。</translation>
    </message>
    <message>
        <source>The country prefix &quot;{prefix}&quot; must be digits and appear only once.</source>
        <translation>国番号「{prefix}」は数字のみで、重複しないように指定してください。</translation>
    </message>
    <message>
        <source>A credit pack must hold at least one credit.</source>
        <translation>ポイントパックには1ポイント以上を含めてください。</translation>
    </message>
    <message>
        <source>Enter a number from 1 to {max} for the period.</source>
        <translation>期間には1～{max}の数値を入力してください。</translation>
    </message>
    <message>
        <source>Choose a user, or &quot;me&quot;, for this filter.</source>
        <translation>このフィルターのユーザー、または「自分」を選択してください。</translation>
    </message>
    <message>
        <source>This saved view cannot be read: {detail}</source>
        <translation>この保存済みビューを読み込めません：{detail}</translation>
    </message>
    <message>
        <source>At most {max} files can be sent at once; {count} were chosen. Remove {files}.</source>
        <translation>一度に送信できるファイルは最大{max}件です（{count}件選択されています）。{files}を選択から外してください。</translation>
    </message>
    <message>
        <source>{file} cannot be sent: only {allowed} files are allowed.</source>
        <translation>{file}は送信できません。送信できるのは{allowed}ファイルのみです。</translation>
    </message>
    <message>
        <source>{file} cannot be sent: its name says {expected}, but its content is not a {expected} file.</source>
        <translation>{file}は送信できません。ファイル名は{expected}ですが、内容が{expected}ファイルではありません。</translation>
    </message>
    <message>
        <source>{file} is too large: WhatsApp accepts at most {maxMb} MB for this type of file.</source>
        <translation>{file}のサイズが大きすぎます。この種類のファイルをWhatsAppで送信できるのは最大{maxMb}MBまでです。</translation>
    </message>
    <message>
        <source>{file} is empty and cannot be sent.</source>
        <translation>{file}は空のため送信できません。</translation>
    </message>
    <message>
        <source>Give the channel a name.</source>
        <translation>経路の名前を入力してください。</translation>
    </message>
    <message>
        <source>Choose the department that receives this channel&apos;s chats.</source>
        <translation>この経路のチャットを受け付ける部門を選択してください。</translation>
    </message>
    <message>
        <source>{file} cannot be the channel icon: use a .jpg, .jpeg or .png image.</source>
        <translation>{file}は経路のアイコンに使用できません。.jpg、.jpeg、.png形式の画像を使用してください。</translation>
    </message>
    <message>
        <source>{file} is empty and cannot be the channel icon.</source>
        <translation>{file}は空のため、経路のアイコンに使用できません。</translation>
    </message>
    <message>
        <source>{file} is too large for the channel icon: at most {maxMb} MB is allowed.</source>
        <translation>{file}は経路のアイコンとしてはサイズが大きすぎます。最大{maxMb}MBまでです。</translation>
    </message>
    <message>
        <source>Enter the channel&apos;s WhatsApp phone number.</source>
        <translation>経路のWhatsApp電話番号を入力してください。</translation>
    </message>
    <message>
        <source>{number} is not a valid phone number: enter it with its country code, 8 to 15 digits, for example +55 11 91234 5678.</source>
        <translation>{number}は有効な電話番号ではありません。国番号を含めて8～15桁で入力してください（例：+81 90 1234 5678）。</translation>
    </message>
    <message>
        <source>There are already {channels} channels for {departments} departments; a channel needs a department of its own. Add a department first.</source>
        <translation>部門{departments}件に対して、経路がすでに{channels}件あります。経路ごとに専用の部門が必要です。先に部門を追加してください。</translation>
    </message>
    <message>
        <source>The number {number} is already connected as channel &quot;{channel}&quot;. A number can be connected only once, and moving a number from another channel or product is not supported.</source>
        <translation>電話番号{number}はすでに経路「{channel}」として接続されています。1つの電話番号は一度しか接続できません。また、他の経路や製品から電話番号を移行することはできません。</translation>
    </message>
    <message>
        <source>Enter the WhatsApp Business Account (WABA) id.</source>
        <translation>WhatsApp Businessアカウント（WABA）のIDを入力してください。</translation>
    </message>
    <message>
        <source>The WhatsApp Business Account id is a number, as shown in Meta&apos;s WhatsApp Manager.</source>
        <translation>WhatsApp BusinessアカウントIDは、MetaのWhatsAppマネージャに表示される数値です。</translation>
    </message>
    <message>
        <source>Enter the phone number id from Meta&apos;s API setup page.</source>
        <translation>MetaのAPI設定ページに表示される電話番号IDを入力してください。</translation>
    </message>
    <message>
        <source>The phone number id is a number, as shown on Meta&apos;s API setup page (it is not the phone number itself).</source>
        <translation>電話番号IDは、MetaのAPI設定ページに表示される数値です（電話番号そのものではありません）。</translation>
    </message>
    <message>
        <source>Enter the Graph API access token.</source>
        <translation>Graph APIのアクセストークンを入力してください。</translation>
    </message>
    <message>
        <source>Enter the Meta app secret; it is needed to verify incoming webhooks.</source>
        <translation>Metaのアプリシークレットを入力してください。受信したWebhookの検証に必要です。</translation>
    </message>
    <message>
        <source>Enter a webhook verify token; Meta sends it back when the webhook is registered.</source>
        <translation>Webhook検証トークンを入力してください。Webhookの登録時にMetaから返送されます。</translation>
    </message>
    <message>
        <source>{field} is not a known field, so it cannot be filled. Check the module and field name.</source>
        <translation>{field}は不明な項目のため、値を差し込めません。モジュールと項目名を確認してください。</translation>
    </message>
    <message>
        <source>{field} cannot be filled: this conversation has no {module} record.</source>
        <translation>{field}に値を差し込めません。この会話には{module}のレコードがありません。</translation>
    </message>
    <message>
        <source>{field} has no value on this record.</source>
        <translation>このレコードの{field}には値がありません。</translation>
    </message>
    <message>
        <source>The 24-hour window closed {closedAgo} ago. Send an approved template instead; a new window opens when the customer answers.</source>
        <translation>24時間の返信期間は{closedAgo}前に終了しました。代わりに承認済みのテンプレートを送信してください。顧客から返信があると、新しい返信期間が始まります。</translation>
    </message>
    <message>
        <source>This customer has not written yet. Only an approved template can start the conversation; free-form replies are possible once they answer.</source>
        <translation>この顧客からはまだメッセージが届いていません。会話は承認済みのテンプレートでのみ開始できます。顧客から返信があれば、自由に返信できるようになります。</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>テンプレートの名前を入力してください。</translation>
    </message>
    <message>
        <source>The template name has {length} characters; WhatsApp allows at most {max}.</source>
        <translation>テンプレート名が{length}文字あります。WhatsAppで使用できるのは最大{max}文字です。</translation>
    </message>
    <message>
        <source>The template name may only contain lowercase letters a-z, digits and underscores: no capitals, spaces or hyphens.</source>
        <translation>テンプレート名に使用できるのは、半角の小文字（a～z）、数字、アンダースコアのみです。大文字、スペース、ハイフンは使用できません。</translation>
    </message>
    <message>
        <source>Choose the template&apos;s language.</source>
        <translation>テンプレートの言語を選択してください。</translation>
    </message>
    <message>
        <source>The category must be Marketing or Utility.</source>
        <translation>カテゴリは「マーケティング」または「ユーティリティ」を選択してください。</translation>
    </message>
    <message>
        <source>The template body is empty.</source>
        <translation>テンプレートの本文が空です。</translation>
    </message>
    <message>
        <source>The body may not contain double braces; insert fields with # instead.</source>
        <translation>本文に二重の波括弧は使用できません。項目は「#」で挿入してください。</translation>
    </message>
    <message>
        <source>The body has {length} characters; the limit is {max}.</source>
        <translation>本文が{length}文字あります。上限は{max}文字です。</translation>
    </message>
    <message>
        <source>The body has {count} merge fields; the limit is {max}.</source>
        <translation>本文に差し込み項目が{count}個あります。上限は{max}個です。</translation>
    </message>
    <message>
        <source>{field} is not a field of {module}; insert fields with # to pick one.</source>
        <translation>{field}は{module}の項目ではありません。「#」で項目を挿入して選択してください。</translation>
    </message>
    <message>
        <source>{first} and {second} have no text between them, which WhatsApp rejects. Add some words between them.</source>
        <translation>{first}と{second}の間にテキストがないため、WhatsAppで却下されます。間に文言を追加してください。</translation>
    </message>
    <message>
        <source>The body starts or ends with {field}, which WhatsApp rejects. Add some words before or after it.</source>
        <translation>本文が{field}で始まるか終わっているため、WhatsAppで却下されます。前後に文言を追加してください。</translation>
    </message>
    <message>
        <source>The account already has {count} templates (pending, approved or rejected); the limit is {max}. Delete one before submitting another.</source>
        <translation>このアカウントにはすでにテンプレートが{count}件あります（審査待ち・承認済み・却下済みを含む）。上限は{max}件です。新しいテンプレートを申請する前に、いずれかを削除してください。</translation>
    </message>
    <message>
        <source>This template is in review with WhatsApp and cannot be edited until the review ends.</source>
        <translation>このテンプレートはWhatsAppの審査中のため、審査が終わるまで編集できません。</translation>
    </message>
    <message>
        <source>This template is approved and can no longer be edited; create a new one instead.</source>
        <translation>このテンプレートは承認済みのため編集できません。代わりに新しいテンプレートを作成してください。</translation>
    </message>
    <message>
        <source>The template {name} is not approved by WhatsApp, so it cannot be sent.</source>
        <translation>テンプレート「{name}」はWhatsAppで承認されていないため、送信できません。</translation>
    </message>
    <message>
        <source>The About text has {length} characters; the limit is {max}.</source>
        <translation>「概要」が{length}文字あります。上限は{max}文字です。</translation>
    </message>
    <message>
        <source>The description has {length} characters; the limit is {max}.</source>
        <translation>説明が{length}文字あります。上限は{max}文字です。</translation>
    </message>
    <message>
        <source>The address has {length} characters; the limit is {max}.</source>
        <translation>住所が{length}文字あります。上限は{max}文字です。</translation>
    </message>
    <message>
        <source>The email has {length} characters; the limit is {max}.</source>
        <translation>メールアドレスが{length}文字あります。上限は{max}文字です。</translation>
    </message>
    <message>
        <source>{email} is not a valid email address.</source>
        <translation>{email}は有効なメールアドレスではありません。</translation>
    </message>
    <message>
        <source>{count} websites were given; WhatsApp shows at most {max}.</source>
        <translation>Webサイトが{count}件入力されています。WhatsAppに表示できるのは最大{max}件です。</translation>
    </message>
    <message>
        <source>A website has {length} characters; the limit is {max}.</source>
        <translation>Webサイトが{length}文字あります。上限は{max}文字です。</translation>
    </message>
    <message>
        <source>{url} must start with http:// or https://.</source>
        <translation>{url}はhttp://またはhttps://で始めてください。</translation>
    </message>
    <message>
        <source>{vertical} is not a WhatsApp business category.</source>
        <translation>{vertical}はWhatsAppのビジネスカテゴリではありません。</translation>
    </message>
    <message>
        <source>Quotes belong to leads, contacts and deals only.</source>
        <translation>見積書は見込み客、連絡先、商談にのみ作成できます。</translation>
    </message>
    <message>
        <source>Give the quote a title of 1 to {max} characters.</source>
        <translation>見積書に1〜{max}文字の件名を付けてください。</translation>
    </message>
    <message>
        <source>Choose one of the listed currencies for the quote.</source>
        <translation>一覧にある通貨から見積書の通貨を選んでください。</translation>
    </message>
    <message>
        <source>A quote has 1 to {max} line items.</source>
        <translation>見積書の明細は1〜{max}行です。</translation>
    </message>
    <message>
        <source>Line {item}: describe the item in 1 to {max} characters.</source>
        <translation>{item}行目：品目を1〜{max}文字で記入してください。</translation>
    </message>
    <message>
        <source>Line {item}: the quantity is more than 0 and at most 1,000,000.</source>
        <translation>{item}行目：数量は0より大きく1,000,000以下です。</translation>
    </message>
    <message>
        <source>Line {item}: the unit price is 0 or more, within bounds.</source>
        <translation>{item}行目：単価は0以上で上限以内です。</translation>
    </message>
    <message>
        <source>Line {item}: discount and tax are percentages from 0 to 100.</source>
        <translation>{item}行目：割引と税率は0〜100のパーセントです。</translation>
    </message>
    <message>
        <source>The quote must be valid until a day on or after its date, at most ten years ahead.</source>
        <translation>有効期限は見積日当日以降、10年以内の日付にしてください。</translation>
    </message>
    <message>
        <source>The quote&apos;s notes have at most {max} characters.</source>
        <translation>見積書のメモは{max}文字までです。</translation>
    </message>
    <message>
        <source>Only a draft quote can be edited; this one was sent.</source>
        <translation>編集できるのは下書きの見積書だけです。この見積書は送信済みです。</translation>
    </message>
    <message>
        <source>A quote cannot change from {from} to {to}.</source>
        <translation>見積書を{from}から{to}に変更することはできません。</translation>
    </message>
    <message>
        <source>Write the header text, or choose no header.</source>
        <translation>ヘッダーの文字を入力するか、ヘッダーなしを選んでください。</translation>
    </message>
    <message>
        <source>The header has {length} characters; the limit is {max}.</source>
        <translation>ヘッダーは{length}文字です。上限は{max}文字です。</translation>
    </message>
    <message>
        <source>A header may hold one variable, written {{1}}, and nothing else in double braces.</source>
        <translation>ヘッダーに入れられる変数は{{1}}と書く1つだけで、二重波括弧にほかの内容は入れられません。</translation>
    </message>
    <message>
        <source>Give a sample value for the header&apos;s {{1}}; WhatsApp&apos;s review needs it.</source>
        <translation>ヘッダーの{{1}}に例の値を入力してください。WhatsAppの審査に必要です。</translation>
    </message>
    <message>
        <source>Upload a sample image, video or document for the header; WhatsApp&apos;s review needs it.</source>
        <translation>ヘッダー用の例の画像、動画、文書をアップロードしてください。WhatsAppの審査に必要です。</translation>
    </message>
    <message>
        <source>The footer has {length} characters; the limit is {max}.</source>
        <translation>フッターは{length}文字です。上限は{max}文字です。</translation>
    </message>
    <message>
        <source>The footer is fixed text: it cannot hold variables.</source>
        <translation>フッターは固定の文字なので、変数は入れられません。</translation>
    </message>
    <message>
        <source>The template has {count} buttons; the limit is {max}.</source>
        <translation>テンプレートのボタンは{count}個です。上限は{max}個です。</translation>
    </message>
    <message>
        <source>The template has {count} quick reply buttons; the limit is {max}.</source>
        <translation>テンプレートのクイック返信ボタンは{count}個です。上限は{max}個です。</translation>
    </message>
    <message>
        <source>The template has {count} link buttons; the limit is {max}.</source>
        <translation>テンプレートのリンクボタンは{count}個です。上限は{max}個です。</translation>
    </message>
    <message>
        <source>The template has {count} call buttons; the limit is {max}.</source>
        <translation>テンプレートの通話ボタンは{count}個です。上限は{max}個です。</translation>
    </message>
    <message>
        <source>Quick reply buttons must be next to each other, before or after the link and call buttons.</source>
        <translation>クイック返信ボタンは並べて、リンクと通話のボタンの前か後ろに置いてください。</translation>
    </message>
    <message>
        <source>Button {number} has no label.</source>
        <translation>ボタン{number}にラベルがありません。</translation>
    </message>
    <message>
        <source>The label of button {number} has {length} characters; the limit is {max}.</source>
        <translation>ボタン{number}のラベルは{length}文字です。上限は{max}文字です。</translation>
    </message>
    <message>
        <source>Button {number} needs a web address starting with https:// or http://; it may end in {{1}} and hold no other variable.</source>
        <translation>ボタン{number}にはhttps://またはhttp://で始まるWebアドレスが必要です。末尾に{{1}}を付けられますが、ほかの変数は入れられません。</translation>
    </message>
    <message>
        <source>Give a sample ending for the address of button {number}; WhatsApp&apos;s review needs it.</source>
        <translation>ボタン{number}のアドレスの末尾の例を入力してください。WhatsAppの審査に必要です。</translation>
    </message>
    <message>
        <source>Button {number} needs a phone number with its country code, like +5511987650001 (at most {max} characters).</source>
        <translation>ボタン{number}には国番号付きの電話番号が必要です（例: +5511987650001、最大{max}文字）。</translation>
    </message>
    <message>
        <source>Give the value of the template&apos;s header.</source>
        <translation>テンプレートのヘッダーの値を入力してください。</translation>
    </message>
    <message>
        <source>The header value must be one line of at most {max} characters.</source>
        <translation>ヘッダーの値は{max}文字以内の1行にしてください。</translation>
    </message>
    <message>
        <source>The header needs a link to the file, starting with https://.</source>
        <translation>ヘッダーにはhttps://で始まるファイルへのリンクが必要です。</translation>
    </message>
    <message>
        <source>Give the ending of the address of the template&apos;s link button {number}.</source>
        <translation>テンプレートのリンクボタン{number}のアドレスの末尾を入力してください。</translation>
    </message>
    <message>
        <source>This template has no header or link values to fill.</source>
        <translation>このテンプレートには入力するヘッダーやリンクの値がありません。</translation>
    </message>
    <message>
        <source>A country is its calling code: 1 to {max} digits, not starting with 0 (55 for Brazil, 1876 for Jamaica).</source>
        <translation>国は国番号で指定します。0以外で始まる1〜{max}桁の数字です（ブラジルは55、ジャマイカは1876）。</translation>
    </message>
    <message>
        <source>A price is for marketing, utility, authentication or service messages.</source>
        <translation>料金はマーケティング、ユーティリティ、認証、サービスのいずれかのメッセージに設定します。</translation>
    </message>
    <message>
        <source>A price is from 0 to {max} per message.</source>
        <translation>料金は1通あたり0〜{max}です。</translation>
    </message>
    <message>
        <source>A country&apos;s name is one line of at most {max} characters.</source>
        <translation>国名は{max}文字以内の1行です。</translation>
    </message>
    <message>
        <source>A plan&apos;s rate table holds at most {max} countries.</source>
        <translation>1つのプランの料金表に登録できる国は最大{max}か国です。</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>New chat…</source>
        <translation>新しいチャット…</translation>
    </message>
    <message>
        <source>Predefined texts…</source>
        <translation>定型文…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Administration…</source>
        <translation>管理…</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>返信</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>返信を送信</translation>
    </message>
    <message>
        <source>Insert a predefined text…</source>
        <translation>定型文を挿入…</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>自分に割り当て</translation>
    </message>
    <message>
        <source>Conversation actions (assign to, notes, activities)…</source>
        <translation>会話の操作（割り当て、メモ、活動）…</translation>
    </message>
    <message>
        <source>Close (resolve) or reopen the conversation</source>
        <translation>会話を終了（解決）または再開</translation>
    </message>
    <message>
        <source>Snooze…</source>
        <translation>スヌーズ…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>フィルター…</translation>
    </message>
    <message>
        <source>Go to conversation…</source>
        <translation>会話へ移動…</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>次の会話</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>前の会話</translation>
    </message>
    <message>
        <source>Next unread conversation</source>
        <translation>次の未読の会話</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>会話(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Reply to the chosen message</source>
        <translation>選んだメッセージに返信</translation>
    </message>
    <message>
        <source>React to the chosen message…</source>
        <translation>選んだメッセージにリアクション…</translation>
    </message>
    <message>
        <source>Records (leads, contacts, companies, deals)…</source>
        <translation>レコード（見込み客・連絡先・会社・商談）…</translation>
    </message>
</context>
<context>
    <name>TemplatePreview</name>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文書</translation>
    </message>
</context>
<context>
    <name>TemplateReason</name>
    <message>
        <source>wrong category</source>
        <translation>カテゴリが不適切</translation>
    </message>
    <message>
        <source>invalid format</source>
        <translation>形式が無効</translation>
    </message>
    <message>
        <source>the language or category does not match the content</source>
        <translation>言語またはカテゴリが内容と一致しない</translation>
    </message>
    <message>
        <source>promotional content</source>
        <translation>宣伝目的の内容</translation>
    </message>
    <message>
        <source>abusive content</source>
        <translation>不適切な内容</translation>
    </message>
    <message>
        <source>looks like spam or a scam</source>
        <translation>スパムまたは詐欺の疑い</translation>
    </message>
    <message>
        <source>this category is not available to the account</source>
        <translation>このアカウントでは利用できないカテゴリ</translation>
    </message>
</context>
<context>
    <name>TemplateSample</name>
    <message>
        <source>Ana</source>
        <translation>花子</translation>
    </message>
    <message>
        <source>Silva</source>
        <translation>山田</translation>
    </message>
    <message>
        <source>Ana Silva</source>
        <translation>山田 花子</translation>
    </message>
    <message>
        <source>Acme Trading</source>
        <translation>アクメ商事</translation>
    </message>
    <message>
        <source>São Paulo</source>
        <translation>東京</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>日本</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webサイト</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>連絡済み</translation>
    </message>
    <message>
        <source>Purchasing manager</source>
        <translation>購買部長</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>小売</translation>
    </message>
    <message>
        <source>Spring order</source>
        <translation>春季注文</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>交渉中</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>標準</translation>
    </message>
</context>
<context>
    <name>TicketTexts</name>
    <message>
        <source>Open</source>
        <translation>オープン</translation>
    </message>
    <message>
        <source>On Hold</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>エスカレーション済み</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>クローズ</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>担当者%1</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>すべての優先度</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>全員</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>WhatsApp Business inbox</source>
        <translation>WhatsApp Business受信トレイ</translation>
    </message>
    <message>
        <source>The hub&apos;s address.</source>
        <translation>ハブのアドレス。</translation>
    </message>
    <message>
        <source>Your login.</source>
        <translation>ログインID。</translation>
    </message>
    <message>
        <source>Read the password from a file (for scripts).</source>
        <translation>パスワードをファイルから読み込みます（スクリプト用）。</translation>
    </message>
    <message>
        <source>Parley is already running but does not respond. Close it and try again.</source>
        <translation>Parleyはすでに起動していますが、応答がありません。終了してからもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>parley::ui</name>
    <message>
        <source>Purchase</source>
        <translation>購入</translation>
    </message>
    <message>
        <source>Auto-recharge</source>
        <translation>自動補充</translation>
    </message>
    <message>
        <source>Message charge</source>
        <translation>メッセージ料金</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>返金</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>調整</translation>
    </message>
    <message>
        <source>Session message</source>
        <translation>セッションメッセージ</translation>
    </message>
    <message>
        <source>Template message</source>
        <translation>テンプレートメッセージ</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>マーケティング</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>ユーティリティ</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>pending verification</source>
        <translation>認証待ち</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>接続解除済み</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>View and reply</source>
        <translation>閲覧・返信</translation>
    </message>
    <message>
        <source>View only</source>
        <translation>閲覧のみ</translation>
    </message>
    <message>
        <source>IM credit</source>
        <translation>IMクレジット</translation>
    </message>
    <message>
        <source>point</source>
        <translation>ポイントパック</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>要対応</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>見込み客</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商談</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>見込み客</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>会社</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商談</translation>
    </message>
    <message>
        <source>open</source>
        <translation>オープン</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>クローズ</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>承諾済み</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>辞退</translation>
    </message>
    <message>
        <source>QUOTE</source>
        <translation>御見積書</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Quote number</source>
        <translation>見積番号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>見積日</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>品目</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>単価</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>割引</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税額</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小計</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Amounts in %1. This quote is valid until %2.</source>
        <translation>金額の通貨：%1。この見積書の有効期限は%2です。</translation>
    </message>
    <message>
        <source>Quote %1.pdf</source>
        <translation>見積書%1.pdf</translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation>見積書%1</translation>
    </message>
    <message>
        <source>%1 · Page %2 of %3</source>
        <translation>%1 · %2/%3ページ</translation>
    </message>
    <message>
        <source>Other countries</source>
        <translation>その他の国</translation>
    </message>
    <message>
        <source>Sold in packs of %1 credits for %2.</source>
        <translation>%1ポイントのパックで販売（%2）。</translation>
    </message>
    <message>
        <source>Sold in packs of %1 credits (1 %2) for %3.</source>
        <translation>%1ポイントのパック（1 %2）で販売（%3）。</translation>
    </message>
    <message>
        <source>× %1 credits = %2 credits for %3</source>
        <translation>× %1ポイント = %2ポイント（%3）</translation>
    </message>
    <message>
        <source>× %1 = %2 credits for %3</source>
        <translation>× %1 = %2ポイント（%3）</translation>
    </message>
</context>
<context>
    <name>parley::ui::ActivityDialog</name>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会議</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>通話</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>予約</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>新しいアクティビティ</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>実施する内容</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
</context>
<context>
    <name>parley::ui::AdminWindow</name>
    <message>
        <source>Administration</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>経路</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>ポイント</translation>
    </message>
    <message>
        <source>People</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>満足度アンケート</translation>
    </message>
</context>
<context>
    <name>parley::ui::AttachmentListModel</name>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>送信者</translation>
    </message>
</context>
<context>
    <name>parley::ui::AttachmentSender</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1を読み込めません。</translation>
    </message>
    <message>
        <source>You have view-only access and cannot send.</source>
        <translation>閲覧のみの権限のため、送信できません。</translation>
    </message>
    <message>
        <source>WhatsApp takes no caption on audio files such as %1. Send the audio without text, then the text as a message of its own.</source>
        <translation>WhatsAppでは%1のような音声ファイルにキャプションを付けられません。音声をテキストなしで送信し、テキストは別のメッセージとして送信してください。</translation>
    </message>
    <message>
        <source>A caption has at most %1 characters.</source>
        <translation>キャプションは最大%1文字です。</translation>
    </message>
</context>
<context>
    <name>parley::ui::AttachmentsTab</name>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>書類</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音声</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>Show in chat</source>
        <translation>チャットで表示</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示：</translation>
    </message>
    <message>
        <source>Choose a conversation in the list to see the files sent in it.</source>
        <translation>一覧から会話を選ぶと、その会話で送られたファイルが表示されます。</translation>
    </message>
    <message>
        <source>No files in this conversation yet.</source>
        <translation>この会話にはまだファイルがありません。</translation>
    </message>
    <message>
        <source>No files of this kind in this conversation.</source>
        <translation>この会話にはこの種類のファイルがありません。</translation>
    </message>
</context>
<context>
    <name>parley::ui::AudioPlayer</name>
    <message>
        <source>This audio cannot be played: %1</source>
        <translation>この音声は再生できません: %1</translation>
    </message>
    <message>
        <source>No audio output on this computer</source>
        <translation>このコンピューターには音声出力がありません</translation>
    </message>
</context>
<context>
    <name>parley::ui::AutomationConditions</name>
    <message>
        <source>Add condition</source>
        <translation>条件を追加</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>条件を削除</translation>
    </message>
    <message>
        <source>Condition field</source>
        <translation>条件のフィールド</translation>
    </message>
    <message>
        <source>Condition operator</source>
        <translation>条件の演算子</translation>
    </message>
    <message>
        <source>Condition value</source>
        <translation>条件の値</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Conditions (all must hold)</source>
        <translation>条件（すべて満たす必要があります）</translation>
    </message>
    <message>
        <source>is</source>
        <translation>が次と等しい</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>が次と等しくない</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>が次を含む</translation>
    </message>
    <message>
        <source>changes to</source>
        <translation>が次に変わる</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>が変更された</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>が空</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>が空でない</translation>
    </message>
</context>
<context>
    <name>parley::ui::AutomationDialog</name>
    <message>
        <source>New automation</source>
        <translation>新しい自動化ルール</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>From the WhatsApp number:</source>
        <translation>送信元のWhatsApp番号：</translation>
    </message>
    <message>
        <source>It goes to the record&apos;s Mobile, or else its Phone, and is charged like any template.</source>
        <translation>レコードの「携帯電話」（ない場合は「電話」）宛てに送信され、通常のテンプレートと同様に料金がかかります。</translation>
    </message>
    <message>
        <source>No connected WhatsApp number.</source>
        <translation>接続済みのWhatsApp番号がありません。</translation>
    </message>
    <message>
        <source>No approved template for %1 yet.</source>
        <translation>%1向けの承認済みテンプレートはまだありません。</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>A record is created</source>
        <translation>レコードが作成されたとき</translation>
    </message>
    <message>
        <source>A record is updated</source>
        <translation>レコードが更新されたとき</translation>
    </message>
    <message>
        <source>A conversation is closed</source>
        <translation>会話がクローズされたとき</translation>
    </message>
    <message>
        <source>The customer waits for a reply</source>
        <translation>顧客が返信を待っているとき</translation>
    </message>
    <message>
        <source> h</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Send a template</source>
        <translation>テンプレートを送信</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>割り当て</translation>
    </message>
    <message>
        <source>Add a label</source>
        <translation>ラベルを追加</translation>
    </message>
    <message>
        <source>Close the conversation</source>
        <translation>会話をクローズ</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>チームなし</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前：</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>いつ：</translation>
    </message>
    <message>
        <source>Records of:</source>
        <translation>対象のレコード：</translation>
    </message>
    <message>
        <source>Waiting at least:</source>
        <translation>最低待ち時間：</translation>
    </message>
    <message>
        <source>If:</source>
        <translation>条件：</translation>
    </message>
    <message>
        <source>Then:</source>
        <translation>実行：</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>テンプレート：</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>担当者：</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>チーム：</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>ラベル：</translation>
    </message>
    <message>
        <source>It goes to the conversation and is charged like any template.</source>
        <translation>会話に送信され、他のテンプレートと同じく課金されます。</translation>
    </message>
    <message>
        <source>It acts on the record&apos;s newest conversation.</source>
        <translation>レコードの最新の会話に対して実行されます。</translation>
    </message>
    <message>
        <source>No approved template yet.</source>
        <translation>承認済みのテンプレートはまだありません。</translation>
    </message>
    <message>
        <source>Choose an agent or a team.</source>
        <translation>担当者かチームを選んでください。</translation>
    </message>
    <message>
        <source>No label yet: an admin creates labels first.</source>
        <translation>ラベルがまだありません。先に管理者がラベルを作成してください。</translation>
    </message>
</context>
<context>
    <name>parley::ui::AutomationPanel</name>
    <message>
        <source>Add automation…</source>
        <translation>自動化ルールを追加…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信数</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>直近のエラー</translation>
    </message>
    <message>
        <source>Template %1</source>
        <translation>テンプレート%1</translation>
    </message>
    <message>
        <source>Number %1</source>
        <translation>番号%1</translation>
    </message>
    <message>
        <source>Automations</source>
        <translation>自動化</translation>
    </message>
    <message>
        <source>When</source>
        <translation>タイミング</translation>
    </message>
    <message>
        <source>If</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>&lt;b&gt;Automations&lt;/b&gt;: when something happens, if its fields match, the hub acts</source>
        <translation>&lt;b&gt;自動化&lt;/b&gt;：何かが起きてフィールドが一致すると、ハブが実行します</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Run log</source>
        <translation>実行ログ</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n時間</numerusform>
        </translation>
    </message>
    <message>
        <source>Send %1 from %2</source>
        <translation>%2から%1を送信</translation>
    </message>
    <message>
        <source>Send %1</source>
        <translation>%1を送信</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>担当者%1</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>チーム%1</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>%1に割り当て</translation>
    </message>
    <message>
        <source>Add the label %1</source>
        <translation>ラベル「%1」を追加</translation>
    </message>
    <message>
        <source>Close the conversation</source>
        <translation>会話をクローズ</translation>
    </message>
    <message>
        <source> and </source>
        <translation>、かつ</translation>
    </message>
</context>
<context>
    <name>parley::ui::AutomationRunLog</name>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Older runs</source>
        <translation>以前の実行</translation>
    </message>
    <message>
        <source>Automation runs</source>
        <translation>自動化の実行</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>自動化</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>トリガー</translation>
    </message>
    <message>
        <source>On</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>レコード作成</translation>
    </message>
    <message>
        <source>Record updated</source>
        <translation>レコード更新</translation>
    </message>
    <message>
        <source>Conversation closed</source>
        <translation>会話クローズ</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>未返信</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>スキップ：%1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗：%1</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Record #%1</source>
        <translation>レコード #%1</translation>
    </message>
    <message>
        <source>Conversation #%1</source>
        <translation>会話 #%1</translation>
    </message>
</context>
<context>
    <name>parley::ui::BubbleTexts</name>
    <message>
        <source>Deleted message</source>
        <translation>削除されたメッセージ</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置情報</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>連絡先カード</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Sent from the WhatsApp Business app</source>
        <translation>WhatsApp Businessアプリから送信</translation>
    </message>
    <message>
        <source>Forwarded many times</source>
        <translation>何度も転送されています</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>転送</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>お客様</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>An earlier message</source>
        <translation>以前のメッセージ</translation>
    </message>
    <message>
        <source>Came from an ad</source>
        <translation>広告から来ました</translation>
    </message>
    <message>
        <source>Came from an ad: %1</source>
        <translation>広告から来ました：%1</translation>
    </message>
    <message>
        <source>Open the ad</source>
        <translation>広告を開く</translation>
    </message>
    <message>
        <source>📞 Call from the customer</source>
        <translation>📞 お客様からの通話</translation>
    </message>
    <message>
        <source>📞 Call to the customer</source>
        <translation>📞 お客様への通話</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · not answered</source>
        <translation>%1 · 応答なし</translation>
    </message>
    <message>
        <source>🚫 The customer deleted this message.</source>
        <translation>🚫 お客様がこのメッセージを削除しました。</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>元の内容：%1</translation>
    </message>
    <message>
        <source>Open map</source>
        <translation>地図を開く</translation>
    </message>
    <message>
        <source>%1 contact cards</source>
        <translation>連絡先カード%1件</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source> · on WhatsApp</source>
        <translation> · WhatsApp利用中</translation>
    </message>
    <message>
        <source>Start WhatsApp chat</source>
        <translation>WhatsAppチャットを開始</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>注文</translation>
    </message>
    <message>
        <source>%1 × %2 · %3 each</source>
        <translation>%1 × %2 · 単価%3</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合計：%1</translation>
    </message>
    <message>
        <source>Form answers</source>
        <translation>フォームの回答</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Chose: %1</source>
        <translation>選択：%1</translation>
    </message>
    <message>
        <source>A kind of message Parley cannot show</source>
        <translation>Parleyでは表示できない種類のメッセージ</translation>
    </message>
    <message>
        <source>WhatsApp gave no reason.</source>
        <translation>WhatsAppから理由は示されていません。</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>編集済み</translation>
    </message>
    <message>
        <source>Earlier versions:</source>
        <translation>以前の版：</translation>
    </message>
    <message>
        <source>• %1 (until %2)</source>
        <translation>• %1（%2まで）</translation>
    </message>
    <message>
        <source>The customer reacted %1</source>
        <translation>お客様のリアクション：%1</translation>
    </message>
    <message>
        <source>The team reacted %1</source>
        <translation>チームのリアクション：%1</translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <translation>%1への返信</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>誰か</translation>
    </message>
    <message>
        <source>%1 unassigned this conversation</source>
        <translation>%1がこの会話の割り当てを解除しました</translation>
    </message>
    <message>
        <source>%1 assigned this conversation to %2</source>
        <translation>%1がこの会話を%2に割り当てました</translation>
    </message>
    <message>
        <source>an agent</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>%1 closed this conversation</source>
        <translation>%1がこの会話をクローズしました</translation>
    </message>
    <message>
        <source>%1 reopened this conversation</source>
        <translation>%1がこの会話を再オープンしました</translation>
    </message>
    <message>
        <source>%1 set the status to %2</source>
        <translation>%1がステータスを%2にしました</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>書類：%1</translation>
    </message>
</context>
<context>
    <name>parley::ui::ChannelEditor</name>
    <message>
        <source>Connect a WhatsApp number</source>
        <translation>WhatsApp番号を接続</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>経路：%1</translation>
    </message>
    <message>
        <source>Choose icon…</source>
        <translation>アイコンを選択…</translation>
    </message>
    <message>
        <source>+55 11 91234 5678</source>
        <translation>+81 90 1234 5678</translation>
    </message>
    <message>
        <source>Icon (.jpg or .png, at most 1 MB):</source>
        <translation>アイコン（.jpgまたは.png、最大1MB）：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前：</translation>
    </message>
    <message>
        <source>WhatsApp number:</source>
        <translation>WhatsApp番号：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部門：</translation>
    </message>
    <message>
        <source>Channel icon</source>
        <translation>経路のアイコン</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>画像 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>WhatsApp Cloud API</source>
        <translation>WhatsApp Cloud API</translation>
    </message>
    <message>
        <source>WhatsApp Business Account id:</source>
        <translation>WhatsApp BusinessアカウントID：</translation>
    </message>
    <message>
        <source>Phone number id:</source>
        <translation>電話番号ID：</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>アクセストークン：</translation>
    </message>
    <message>
        <source>App secret:</source>
        <translation>アプリシークレット：</translation>
    </message>
    <message>
        <source>Graph API address:</source>
        <translation>Graph APIのアドレス：</translation>
    </message>
    <message>
        <source>Webhook: paste these into Meta&apos;s app dashboard</source>
        <translation>Webhook：以下の値をMetaのアプリダッシュボードに貼り付けてください</translation>
    </message>
    <message>
        <source>Callback URL:</source>
        <translation>コールバックURL：</translation>
    </message>
    <message>
        <source>Verify token:</source>
        <translation>検証トークン：</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>見込み客</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>しない</translation>
    </message>
    <message>
        <source> min</source>
        <translation>分後</translation>
    </message>
    <message>
        <source>Add new customers as:</source>
        <translation>新規顧客の登録先：</translation>
    </message>
    <message>
        <source>Close unanswered chats after:</source>
        <translation>未対応チャットの自動終了：</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1を読み込めません。</translation>
    </message>
    <message>
        <source>This number still has to be registered on WhatsApp</source>
        <translation>この番号はまだWhatsAppへの登録が必要です</translation>
    </message>
</context>
<context>
    <name>parley::ui::ChannelProfileDialog</name>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>自動車</translation>
    </message>
    <message>
        <source>Beauty, spa and salon</source>
        <translation>美容・スパ・サロン</translation>
    </message>
    <message>
        <source>Clothing and apparel</source>
        <translation>衣料品・アパレル</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation>エンターテインメント</translation>
    </message>
    <message>
        <source>Event planning and service</source>
        <translation>イベント企画・サービス</translation>
    </message>
    <message>
        <source>Finance and banking</source>
        <translation>金融・銀行</translation>
    </message>
    <message>
        <source>Food and grocery</source>
        <translation>食品・日用品</translation>
    </message>
    <message>
        <source>Public service</source>
        <translation>公共サービス</translation>
    </message>
    <message>
        <source>Hotel and lodging</source>
        <translation>ホテル・宿泊</translation>
    </message>
    <message>
        <source>Medical and health</source>
        <translation>医療・健康</translation>
    </message>
    <message>
        <source>Non-profit</source>
        <translation>非営利団体</translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation>専門サービス</translation>
    </message>
    <message>
        <source>Shopping and retail</source>
        <translation>ショッピング・小売</translation>
    </message>
    <message>
        <source>Travel and transportation</source>
        <translation>旅行・交通</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation>レストラン</translation>
    </message>
    <message>
        <source>Not a business</source>
        <translation>ビジネスではない</translation>
    </message>
    <message>
        <source>Business profile of %1</source>
        <translation>%1のビジネスプロフィール</translation>
    </message>
    <message>
        <source>%1 — the name customers see is changed in WhatsApp Manager and takes effect only after Meta reviews it.</source>
        <translation>%1 — 顧客に表示される名前はWhatsAppマネージャで変更し、Metaの審査後に反映されます。</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>表示名：</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>概要：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>カテゴリ：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>説明：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>住所：</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>メール：</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Webサイト：</translation>
    </message>
    <message>
        <source>Second website:</source>
        <translation>2つ目のWebサイト：</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 / %2文字</translation>
    </message>
</context>
<context>
    <name>parley::ui::ChannelReceiptBox</name>
    <message>
        <source>Read receipts to the customer are sent when</source>
        <translation>顧客に既読通知を送るのは</translation>
    </message>
    <message>
        <source>Who sends read receipts</source>
        <translation>既読通知を送る人</translation>
    </message>
    <message>
        <source>the owner reads the conversation (anyone while it is unassigned)</source>
        <translation>担当者が会話を読んだとき（未割り当ての間は誰でも）</translation>
    </message>
    <message>
        <source>any agent reads the conversation</source>
        <translation>いずれかの担当者が会話を読んだとき</translation>
    </message>
</context>
<context>
    <name>parley::ui::ChannelRegistrationDialog</name>
    <message>
        <source>Text message (SMS)</source>
        <translation>テキストメッセージ（SMS）</translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation>音声通話</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>コードを送信</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>Register %1</source>
        <translation>%1を登録</translation>
    </message>
    <message>
        <source>Language of the code</source>
        <translation>コードの言語</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN（確認）</translation>
    </message>
    <message>
        <source>WhatsApp sends a 6-digit code to +%1. The phone must be able to receive a text message or a call on this number.</source>
        <translation>WhatsAppが+%1に6桁のコードを送ります。この番号の電話でSMSまたは通話を受けられる必要があります。</translation>
    </message>
    <message>
        <source>1. Get a code</source>
        <translation>1.コードを受け取る</translation>
    </message>
    <message>
        <source>Send by</source>
        <translation>送信方法</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>2. Enter the code</source>
        <translation>2.コードを入力</translation>
    </message>
    <message>
        <source>3. Choose a PIN</source>
        <translation>3. PINを決める</translation>
    </message>
    <message>
        <source>Two-step verification: WhatsApp asks for this 6-digit PIN whenever the number is registered again. Keep it safe.</source>
        <translation>2段階認証：番号を再登録するたびにWhatsAppがこの6桁のPINを求めます。大切に保管してください。</translation>
    </message>
    <message>
        <source>WhatsApp is calling +%1 with the code.</source>
        <translation>WhatsAppが+%1に電話でコードを伝えています。</translation>
    </message>
    <message>
        <source>WhatsApp sent the code to +%1 by text message.</source>
        <translation>WhatsAppが+%1にSMSでコードを送りました。</translation>
    </message>
    <message>
        <source>The code is right. Now choose the PIN.</source>
        <translation>コードが確認されました。次にPINを決めてください。</translation>
    </message>
</context>
<context>
    <name>parley::ui::ChannelRoutingBox</name>
    <message>
        <source>New customers</source>
        <translation>新規顧客</translation>
    </message>
    <message>
        <source>Everyone who can reply</source>
        <translation>返信できる全員</translation>
    </message>
    <message>
        <source>Chosen users</source>
        <translation>選択したユーザー</translation>
    </message>
    <message>
        <source>Members of chosen groups</source>
        <translation>選択したグループのメンバー</translation>
    </message>
    <message>
        <source>Chosen roles</source>
        <translation>選択した役割</translation>
    </message>
    <message>
        <source>Admins</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Agents who view and reply</source>
        <translation>閲覧・返信できる担当者</translation>
    </message>
    <message>
        <source>Every active admin and agent takes a turn.</source>
        <translation>有効なすべての管理者と担当者に順番に割り当てます。</translation>
    </message>
    <message>
        <source>Assign in turn to:</source>
        <translation>順番に割り当てる対象：</translation>
    </message>
    <message>
        <source>Also route to departments:</source>
        <translation>振り分け先に含める部門：</translation>
    </message>
    <message>
        <source>Chats go to agents of the channel&apos;s department and of the departments ticked here; when none of them qualifies, to the chosen people wherever they are.</source>
        <translation>チャットは、経路の部門とここで選択した部門の担当者に振り分けられます。該当する担当者がいない場合は、所属部門にかかわらず、選択した対象に振り分けられます。</translation>
    </message>
    <message>
        <source>Choose at least one user to assign new customers to.</source>
        <translation>新規顧客の割り当て先として、ユーザーを1人以上選択してください。</translation>
    </message>
    <message>
        <source>Choose at least one group to assign new customers to.</source>
        <translation>新規顧客の割り当て先として、グループを1つ以上選択してください。</translation>
    </message>
    <message>
        <source>Choose at least one role to assign new customers to.</source>
        <translation>新規顧客の割り当て先として、役割を1つ以上選択してください。</translation>
    </message>
</context>
<context>
    <name>parley::ui::ChannelsPage</name>
    <message>
        <source>Connect a number…</source>
        <translation>電話番号を接続…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>無効化…</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>接続を解除…</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>経路</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>New customers as</source>
        <translation>新規顧客の登録先</translation>
    </message>
    <message>
        <source>Auto-close</source>
        <translation>自動終了</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>after %1 min</source>
        <translation>%1分後</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>見込み客</translation>
    </message>
    <message>
        <source>Activate…</source>
        <translation>有効化…</translation>
    </message>
    <message>
        <source>Activate %1</source>
        <translation>%1を有効化</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>%1を無効化</translation>
    </message>
    <message>
        <source>Activate %1 (+%2)? It sends and receives messages again.</source>
        <translation>%1（+%2）を有効にしますか？メッセージの送受信が再開されます。</translation>
    </message>
    <message>
        <source>Deactivate %1 (+%2)? Agents can no longer send from it. Its conversations stay as they are, and it can be activated again.</source>
        <translation>%1（+%2）を無効にしますか？担当者はこの経路から送信できなくなります。会話はそのまま残り、後で再び有効にできます。</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>有効化</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>無効化</translation>
    </message>
    <message>
        <source>Disconnect %1</source>
        <translation>%1の接続を解除</translation>
    </message>
    <message>
        <source>Yes, delete</source>
        <translation>削除する</translation>
    </message>
    <message>
        <source>Business profile…</source>
        <translation>ビジネスプロフィール…</translation>
    </message>
    <message>
        <source>Disconnect %1 (+%2) from WhatsApp?</source>
        <translation>%1（+%2）とWhatsAppの接続を解除しますか？</translation>
    </message>
    <message>
        <source>“Yes, delete” deletes only this channel&apos;s access token: nothing can be sent or received on this number until it is connected again with a new token.</source>
        <translation>「削除する」で削除されるのは、この経路のアクセストークンだけです。新しいトークンで電話番号を接続し直すまで、この電話番号ではメッセージを送受信できません。</translation>
    </message>
    <message>
        <source>Nothing else is deleted: every conversation and message, the customers&apos; records and the channel&apos;s settings stay, and connecting the number again brings the channel back with its history.</source>
        <translation>ほかには何も削除されません。会話とメッセージ、顧客のレコード、経路の設定はすべて残ります。電話番号を接続し直すと、経路は履歴ごと元に戻ります。</translation>
    </message>
    <message>
        <source>WhatsApp numbers</source>
        <translation>WhatsApp番号</translation>
    </message>
    <message>
        <source>Register number…</source>
        <translation>番号を登録…</translation>
    </message>
    <message>
        <source>New access token…</source>
        <translation>新しいアクセストークン…</translation>
    </message>
    <message>
        <source>This number is not registered on WhatsApp yet: nothing can be sent or received until it is. Choose “Register number…” to get a code by text message or call.</source>
        <translation>この番号はまだWhatsAppに登録されていません。登録するまで送受信できません。「番号を登録…」を選び、SMSまたは音声通話でコードを受け取ってください。</translation>
    </message>
    <message>
        <source>WhatsApp refused this channel&apos;s access token: it expired or was revoked. Messages wait until it has a new one. Create a new token for the system user in Meta Business Settings and paste it under “New access token…”.</source>
        <translation>WhatsAppがこの経路のアクセストークンを拒否しました（期限切れまたは取り消し）。新しいトークンが設定されるまでメッセージは待機します。Metaビジネス設定でシステムユーザーの新しいトークンを作成し、「新しいアクセストークン…」に貼り付けてください。</translation>
    </message>
    <message>
        <source>New access token for %1</source>
        <translation>%1の新しいアクセストークン</translation>
    </message>
    <message>
        <source>Access token (WhatsApp checks it before it is kept):</source>
        <translation>アクセストークン（保存前にWhatsAppが確認します）：</translation>
    </message>
</context>
<context>
    <name>parley::ui::Composer</name>
    <message>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>返信を入力…（Ctrl+Enterで送信）</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>添付</translation>
    </message>
    <message>
        <source>Attach up to 5 files (.jpg .png .pdf .mp3 .mp4 .doc .docx)</source>
        <translation>ファイルを最大5件まで添付（.jpg .png .pdf .mp3 .mp4 .doc .docx）</translation>
    </message>
    <message>
        <source>Predefined text</source>
        <translation>定型文</translation>
    </message>
    <message>
        <source>Insert a predefined text (Ctrl+P)</source>
        <translation>定型文を挿入（Ctrl+P）</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>The 24-hour window is closed: WhatsApp only lets you send an approved template until the customer writes again.</source>
        <translation>24時間の返信期間が終了しました。顧客から再びメッセージが届くまで、WhatsAppでは承認済みのテンプレートしか送信できません。</translation>
    </message>
    <message>
        <source>Send template…</source>
        <translation>テンプレートを送信…</translation>
    </message>
    <message>
        <source>You have view-only access: you can read this conversation but not reply.</source>
        <translation>閲覧のみの権限のため、この会話を閲覧できますが、返信はできません。</translation>
    </message>
    <message>
        <source>Choose a conversation.</source>
        <translation>会話を選択してください。</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>返信</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends</source>
        <translation>Ctrl+Enterで送信</translation>
    </message>
    <message>
        <source>Send an approved template</source>
        <translation>承認済みテンプレートを送信</translation>
    </message>
    <message>
        <source>Don&apos;t quote this message (Esc)</source>
        <translation>このメッセージを引用しない（Esc）</translation>
    </message>
    <message>
        <source>Cancel the reply to this message</source>
        <translation>このメッセージへの返信をやめる</translation>
    </message>
    <message>
        <source>Replying to: %1</source>
        <translation>返信先：%1</translation>
    </message>
    <message>
        <source>Attach quote…</source>
        <translation>見積書を添付…</translation>
    </message>
    <message>
        <source>Send a quote of this customer or their deals as a PDF</source>
        <translation>この顧客またはその商談の見積書をPDFで送信</translation>
    </message>
</context>
<context>
    <name>parley::ui::ConversationDelegate</name>
    <message>
        <source>Window open</source>
        <translation>返信期間中</translation>
    </message>
    <message>
        <source>Template only</source>
        <translation>テンプレートのみ</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>下書き: %1</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>スヌーズ中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>通常</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>Notifications snoozed</source>
        <translation>通知をスヌーズ中</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
</context>
<context>
    <name>parley::ui::ConversationHeader</name>
    <message>
        <source>Resolve</source>
        <translation>解決</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>You have view-only access: you can see this but not change it.</source>
        <translation>閲覧のみの権限のため、表示はできますが変更はできません。</translation>
    </message>
    <message>
        <source>Done with this customer for now: close the conversation</source>
        <translation>この顧客の対応はひとまず完了: 会話を閉じる</translation>
    </message>
    <message>
        <source>Open the conversation again</source>
        <translation>会話をもう一度開く</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Window open: %1 left to reply freely</source>
        <translation>返信期間中：あと%1は自由に返信できます</translation>
    </message>
    <message>
        <source>The customer has not written yet: templates only</source>
        <translation>顧客からのメッセージはまだありません：テンプレートのみ送信可能</translation>
    </message>
    <message>
        <source>Window closed %1 ago: templates only</source>
        <translation>返信期間は%1前に終了：テンプレートのみ送信可能</translation>
    </message>
</context>
<context>
    <name>parley::ui::ConversationPane</name>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>Add message as a note</source>
        <translation>メッセージをメモとして追加</translation>
    </message>
    <message>
        <source>You have view-only access: you can see this but not change it.</source>
        <translation>閲覧のみの権限のため、表示はできますが変更はできません。</translation>
    </message>
    <message>
        <source>We wrote: %1</source>
        <translation>こちらからのメッセージ：%1</translation>
    </message>
    <message>
        <source>The customer wrote: %1</source>
        <translation>顧客からのメッセージ：%1</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>テキストをコピー</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>a file</comment>
        <translation>開く</translation>
    </message>
    <message>
        <source>React</source>
        <translation>リアクション</translation>
    </message>
    <message>
        <source>Remove my reaction</source>
        <translation>自分のリアクションを取り消す</translation>
    </message>
    <message>
        <source>Choose a conversation in the list to read it and reply.</source>
        <translation>一覧から会話を選ぶと、読んで返信できます。</translation>
    </message>
</context>
<context>
    <name>parley::ui::ConvertTicketDialog</name>
    <message>
        <source>Convert to ticket</source>
        <translation>チケットに変換</translation>
    </message>
    <message>
        <source>What the customer needs</source>
        <translation>お客様の用件</translation>
    </message>
    <message>
        <source>As the conversation</source>
        <translation>会話と同じ</translation>
    </message>
    <message>
        <source>%1 (the conversation&apos;s)</source>
        <translation>%1（会話の部門）</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>件名(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>ステータス(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>優先度(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>担当者(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部門(&amp;D)：</translation>
    </message>
    <message>
        <source>Create ticket</source>
        <translation>チケットを作成</translation>
    </message>
    <message>
        <source>You have view-only access: you can see this but not change it.</source>
        <translation>閲覧のみの権限のため、表示はできますが変更はできません。</translation>
    </message>
</context>
<context>
    <name>parley::ui::CreditLedgerView</name>
    <message>
        <source>any day</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>Show older</source>
        <translation>以前の履歴を表示</translation>
    </message>
    <message>
        <source>All movements</source>
        <translation>すべての取引</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>ポイント</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>処理後の残高</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>開始日：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>終了日：</translation>
    </message>
    <message>
        <source>Credit ledger</source>
        <translation>ポイント履歴</translation>
    </message>
</context>
<context>
    <name>parley::ui::CreditRateTable</name>
    <message>
        <source>Session messages, tiered by monthly volume</source>
        <translation>セッションメッセージ（月間通数に応じた段階料金）</translation>
    </message>
    <message>
        <source>Templates by destination country plus the session rate</source>
        <translation>テンプレート（宛先の国別料金）＋セッション料金</translation>
    </message>
    <message>
        <source>Every session message: %1</source>
        <translation>すべてのセッションメッセージ：%1</translation>
    </message>
    <message>
        <source>Session messages from %1 on: %2</source>
        <translation>%1通目以降のセッションメッセージ：%2</translation>
    </message>
    <message>
        <source>Session messages %1 to %2 of the month: %3 each</source>
        <translation>月の%1～%2通目のセッションメッセージ：1通あたり%3</translation>
    </message>
    <message>
        <source>Use this plan</source>
        <translation>このプランを使用</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Calling code</source>
        <translation>国番号</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>プラン：</translation>
    </message>
    <message>
        <source>Template messages, per message, by destination:</source>
        <translation>テンプレートメッセージの宛先別料金（1通あたり）：</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1（現在のプラン）</translation>
    </message>
    <message>
        <source>One credit is worth %1.</source>
        <translation>1ポイントあたりの金額は%1です。</translation>
    </message>
    <message>
        <source>Customer-initiated conversations are free.</source>
        <translation>顧客が開始した会話は無料です。</translation>
    </message>
    <message>
        <source>Customer-initiated conversations are charged like any other.</source>
        <translation>顧客が開始した会話も、ほかの会話と同様に課金されます。</translation>
    </message>
    <message>
        <source>The first %1 customer-initiated conversations each month are free.</source>
        <translation>顧客が開始した会話は、毎月最初の%1件まで無料です。</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>料金</translation>
    </message>
    <message>
        <source>Double-click a price to change it; it is saved when you press Enter.</source>
        <translation>料金をダブルクリックすると変更できます。Enterキーを押すと保存されます。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price: write it the way %2 is written.</source>
        <translation>「%1」は料金ではありません。%2と同じ書き方で入力してください。</translation>
    </message>
    <message>
        <source>IM credits at %1, WhatsApp&apos;s rates deducted</source>
        <translation>IMクレジット（%1、WhatsAppの料金を差し引き）</translation>
    </message>
    <message>
        <source>Points of %1 messages, %2 each</source>
        <translation>ポイントパック（1パック%1通分、1通あたり%2）</translation>
    </message>
</context>
<context>
    <name>parley::ui::CreditsPage</name>
    <message>
        <source>Rate table</source>
        <translation>料金表</translation>
    </message>
    <message>
        <source>Usage history</source>
        <translation>利用履歴</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>残高</translation>
    </message>
    <message>
        <source>Buy credits</source>
        <translation>ポイントを購入</translation>
    </message>
    <message>
        <source>Buy…</source>
        <translation>購入…</translation>
    </message>
    <message>
        <source>Auto-recharge</source>
        <translation>自動補充</translation>
    </message>
    <message>
        <source>Buy credits automatically when the balance runs low</source>
        <translation>残高が少なくなったら自動でポイントを購入する</translation>
    </message>
    <message>
        <source>Save auto-recharge</source>
        <translation>自動補充の設定を保存</translation>
    </message>
    <message>
        <source>Minimum balance to keep (credits):</source>
        <translation>維持する最低残高（ポイント）：</translation>
    </message>
    <message>
        <source>Credits to add each time:</source>
        <translation>1回に追加するポイント数：</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>試用期間</translation>
    </message>
    <message>
        <source>Live account: no trial limits</source>
        <translation>本番アカウント：試用期間の制限なし</translation>
    </message>
    <message>
        <source>Trial, before business verification</source>
        <translation>試用期間（ビジネス認証前）</translation>
    </message>
    <message>
        <source>Expanded trial, after business verification</source>
        <translation>拡張試用期間（ビジネス認証後）</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>%1 credits (%2)</source>
        <translation>%1ポイント（%2）</translation>
    </message>
    <message>
        <source>This month: %1 charged messages, %2 customer-initiated conversations.</source>
        <translation>今月：課金対象のメッセージ%1通、顧客が開始した会話%2件。</translation>
    </message>
    <message>
        <source>The balance is low: auto-recharge adds %1 credits with the next message.</source>
        <translation>残高が少なくなっています。次のメッセージ送信時に、自動補充で%1ポイントが追加されます。</translation>
    </message>
    <message>
        <source>The balance is low (%1 credits or less). Buy credits or turn on auto-recharge, or sending will stop when it runs out.</source>
        <translation>残高が少なくなっています（%1ポイント以下）。ポイントを購入するか、自動補充を有効にしてください。残高がなくなると送信できなくなります。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2件中%1件</translation>
    </message>
    <message>
        <source>The trial has ended: verify the business with Meta to keep sending.</source>
        <translation>試用期間が終了しました。送信を続けるには、Metaでビジネス認証を完了してください。</translation>
    </message>
    <message>
        <source>Day %1 of %2.</source>
        <translation>%1日目（全%2日間）。</translation>
    </message>
    <message>
        <source>Numbers sent business-initiated messages: %1.</source>
        <translation>ビジネス側から開始したメッセージの送信先電話番号：%1。</translation>
    </message>
    <message>
        <source>Customer-initiated conversations answered: %1.</source>
        <translation>返信した顧客開始の会話：%1。</translation>
    </message>
    <message>
        <source>Customer-initiated messages sent: %1.</source>
        <translation>送信した顧客開始のメッセージ：%1。</translation>
    </message>
    <message>
        <source>No trial limits apply.</source>
        <translation>試用期間の制限はありません。</translation>
    </message>
    <message>
        <source>Buy %1 credits for %2?</source>
        <translation>%1ポイントを%2で購入しますか？</translation>
    </message>
    <message>
        <source>Buy and pay</source>
        <translation>購入して支払う</translation>
    </message>
</context>
<context>
    <name>parley::ui::CsatPage</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>When a conversation is closed, Parley can send the customer a short survey: an approved template whose quick-reply buttons are the scores 1 to 5. The answers appear in Reports.</source>
        <translation>会話を終了すると、Parleyはお客様に短いアンケートを送信できます。クイック返信ボタンが1〜5の評価になっている承認済みテンプレートです。回答は「レポート」に表示されます。</translation>
    </message>
    <message>
        <source>Send a satisfaction survey when a conversation is closed</source>
        <translation>会話の終了時に満足度アンケートを送信する</translation>
    </message>
    <message>
        <source>Survey template for every channel</source>
        <translation>全経路共通のアンケートテンプレート</translation>
    </message>
    <message>
        <source>Survey template for every channel:</source>
        <translation>全経路共通のアンケートテンプレート：</translation>
    </message>
    <message>
        <source>A channel that needs another survey:</source>
        <translation>別のアンケートを使う経路：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Survey template for %1</source>
        <translation>%1のアンケートテンプレート</translation>
    </message>
    <message>
        <source>As every channel</source>
        <translation>全経路共通と同じ</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
</context>
<context>
    <name>parley::ui::DBusNotifier</name>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Snooze 15 min</source>
        <translation>15分スヌーズ</translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation>1時間スヌーズ</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>parley::ui::DesktopApp</name>
    <message>
        <source>Your session has ended. Log in again.</source>
        <translation>セッションの有効期限が切れました。もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>No keychain is available: Parley cannot remember your session and will ask again at the next start.</source>
        <translation>キーチェーンを利用できないため、Parleyはセッションを保存できません。次回の起動時に再度ログインが必要です。</translation>
    </message>
    <message>
        <source>No keychain is available: Parley cannot remember your session.</source>
        <translation>キーチェーンを利用できないため、Parleyはセッションを保存できません。</translation>
    </message>
    <message>
        <source>The local copy of your inbox cannot be opened: %1</source>
        <translation>受信トレイのローカルコピーを開けません：%1</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to reply; until then the inbox on this computer is read-only.</source>
        <translation>セッションが終了しました。返信するにはもう一度サインインしてください。それまでは、このコンピューター上の受信トレイは読み取り専用です。</translation>
    </message>
</context>
<context>
    <name>parley::ui::FilterBuilderDialog</name>
    <message>
        <source>Filter conversations</source>
        <translation>会話のフィルター</translation>
    </message>
    <message>
        <source>Name it to save it as a view</source>
        <translation>名前を付けるとビューとして保存できます</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>すべての会話</translation>
    </message>
    <message>
        <source>My conversations</source>
        <translation>自分の会話</translation>
    </message>
    <message>
        <source>View name:</source>
        <translation>ビュー名：</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示：</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Show the conversations this filter finds, without saving it</source>
        <translation>保存せずに、このフィルターに一致する会話を表示します</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>ビューを保存</translation>
    </message>
    <message>
        <source>Activity and people</source>
        <translation>アクティビティとユーザー</translation>
    </message>
    <message>
        <source>Not replied in</source>
        <translation>未返信の期間</translation>
    </message>
    <message>
        <source>Replied in</source>
        <translation>返信した期間</translation>
    </message>
    <message>
        <source>Message time in</source>
        <translation>メッセージの期間</translation>
    </message>
    <message>
        <source>The customer wrote last (waiting for a reply)</source>
        <translation>最後のメッセージが顧客から（返信待ち）</translation>
    </message>
    <message>
        <source>Record owner is</source>
        <translation>レコード所有者</translation>
    </message>
    <message>
        <source>Replied by</source>
        <translation>返信したユーザー</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>未読のみ</translation>
    </message>
    <message>
        <source>Words in a message, the customer&apos;s name or number</source>
        <translation>メッセージ内の語句、顧客名、電話番号</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ステータス：</translation>
    </message>
    <message>
        <source>Containing:</source>
        <translation>キーワード：</translation>
    </message>
    <message>
        <source>Channels (any of)</source>
        <translation>経路（いずれか）</translation>
    </message>
    <message>
        <source>Departments (any of)</source>
        <translation>部門（いずれか）</translation>
    </message>
    <message>
        <source>Channel #%1 (not in this mirror)</source>
        <translation>経路#%1（ローカルデータにありません）</translation>
    </message>
    <message>
        <source>Edit view</source>
        <translation>ビューを編集</translation>
    </message>
    <message>
        <source>Give the view a name to save it</source>
        <translation>保存するにはビューの名前を入力してください</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>自分のチーム</translation>
    </message>
</context>
<context>
    <name>parley::ui::HeatmapWidget</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n件のメッセージ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parley::ui::LabelsPage</name>
    <message>
        <source>Add label</source>
        <translation>ラベルを追加</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>色…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>New label&apos;s name</source>
        <translation>新しいラベルの名前</translation>
    </message>
    <message>
        <source>New label&apos;s colour</source>
        <translation>新しいラベルの色</translation>
    </message>
    <message>
        <source>Choose the new label&apos;s colour</source>
        <translation>新しいラベルの色を選択</translation>
    </message>
    <message>
        <source>Labels sort conversations for the whole team: agents put them on conversations, and filters and saved views find them.</source>
        <translation>ラベルはチーム全体で会話を整理します。担当者が会話に付け、フィルターや保存済みのビューで見つけられます。</translation>
    </message>
    <message>
        <source>Colour of the new label</source>
        <translation>新しいラベルの色</translation>
    </message>
    <message>
        <source>Rename label</source>
        <translation>ラベルの名前を変更</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>「%1」の新しい名前：</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>「%1」の色</translation>
    </message>
    <message>
        <source>No conversation carries it.</source>
        <translation>このラベルが付いた会話はありません。</translation>
    </message>
    <message>
        <source>One conversation carries it; it will be taken off it.</source>
        <translation>1件の会話に付いています。会話から外されます。</translation>
    </message>
    <message numerus="yes">
        <source>%n conversations carry it; it will be taken off them.</source>
        <translation>
            <numerusform>%n件の会話に付いています。会話から外されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete label</source>
        <translation>ラベルを削除</translation>
    </message>
    <message>
        <source>Delete the label “%1”?</source>
        <translation>ラベル「%1」を削除しますか？</translation>
    </message>
    <message>
        <source>Saved views that look for it find nothing more.</source>
        <translation>このラベルを探す保存済みのビューは何も見つけなくなります。</translation>
    </message>
</context>
<context>
    <name>parley::ui::LoginDialog</name>
    <message>
        <source>Log in to Parley</source>
        <translation>Parleyにログイン</translation>
    </message>
    <message>
        <source>https://hub.example.com</source>
        <translation>https://hub.example.com</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>&amp;Hub address:</source>
        <translation>ハブのアドレス(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>ログインID(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P)：</translation>
    </message>
    <message>
        <source>“%1” is not a hub address. Enter it like https://hub.example.com.</source>
        <translation>「%1」はハブのアドレスではありません。https://hub.example.comの形式で入力してください。</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>ログインIDまたはパスワードが正しくありません。</translation>
    </message>
    <message>
        <source>Cannot reach the hub at %1. Check the address and your network. (%2)</source>
        <translation>%1のハブに接続できません。アドレスとネットワークを確認してください。（%2）</translation>
    </message>
    <message>
        <source>%1 does not answer like a Parley hub. Check the address.</source>
        <translation>%1からParleyハブとしての応答がありません。アドレスを確認してください。</translation>
    </message>
    <message>
        <source>The hub could not log you in: %1 (%2, HTTP %3)</source>
        <translation>ハブにログインできませんでした：%1（%2、HTTP %3）</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>ログイン中…</translation>
    </message>
    <message>
        <source>Too many attempts, try again in %1 s.</source>
        <translation>試行回数が多すぎます。%1秒後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>Too many attempts, try again later.</source>
        <translation>試行回数が多すぎます。しばらくしてからもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>parley::ui::MainWindow</name>
    <message>
        <source>Parley</source>
        <translation>Parley</translation>
    </message>
    <message>
        <source>Search messages, names and numbers (Ctrl+F)</source>
        <translation>メッセージ、名前、電話番号を検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>%1でログイン中</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>ファイルを添付</translation>
    </message>
    <message>
        <source>Files WhatsApp takes (*.jpg *.jpeg *.png *.pdf *.mp3 *.mp4 *.doc *.docx)</source>
        <translation>WhatsAppで送信できるファイル (*.jpg *.jpeg *.png *.pdf *.mp3 *.mp4 *.doc *.docx)</translation>
    </message>
    <message>
        <source>These files cannot be sent</source>
        <translation>送信できないファイルがあります</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n file(s)…</source>
        <translation>
            <numerusform>%n件のファイルを送信中…</numerusform>
        </translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● オンライン</translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation>● 接続中…</translation>
    </message>
    <message>
        <source>● Offline — replies wait in the outbox</source>
        <translation>● オフライン — 返信は送信トレイで待機中</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Recent (%1)</source>
        <translation>通知（%1）</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Recent notifications</source>
        <translation>最近の通知</translation>
    </message>
    <message>
        <source>No notifications yet</source>
        <translation>通知はまだありません</translation>
    </message>
    <message>
        <source>Newest activity first</source>
        <translation>新しいアクティビティ順</translation>
    </message>
    <message>
        <source>Oldest waiting first</source>
        <translation>待ち時間の長い順</translation>
    </message>
    <message>
        <source>The order of the list</source>
        <translation>一覧の並び順</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>Delete view…</source>
        <translation>ビューを削除…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>解決済み: %1</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>ビューを削除</translation>
    </message>
    <message>
        <source>Delete the view “%1”? Its conversations stay where they are.</source>
        <translation>ビュー「%1」を削除しますか？会話はそのまま残ります。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Snoozed %1 until %2.</source>
        <translation>%1を%2までスヌーズしました。</translation>
    </message>
    <message numerus="yes">
        <source>%n new — show</source>
        <translation>
            <numerusform>新着%n件 — 表示</numerusform>
        </translation>
    </message>
    <message>
        <source>The list changed — show</source>
        <translation>一覧が変わりました — 表示</translation>
    </message>
    <message>
        <source>No conversations in this view.</source>
        <translation>このビューには会話がありません。</translation>
    </message>
    <message>
        <source>No messages, names or numbers match “%1”.</source>
        <translation>「%1」に一致するメッセージ、名前、番号はありません。</translation>
    </message>
    <message>
        <source>No unread conversations in this view.</source>
        <translation>このビューに未読の会話はありません。</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>会話を検索</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>ビュー</translation>
    </message>
    <message numerus="yes">
        <source>Recent notifications, %n unread</source>
        <translation>
            <numerusform>最近の通知、未読%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>その他のツール</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>チケット</translation>
    </message>
    <message>
        <source>Highest priority first</source>
        <translation>優先度の高い順</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>レコード</translation>
    </message>
</context>
<context>
    <name>parley::ui::MediaActions</name>
    <message>
        <source>Save attachment</source>
        <translation>添付ファイルを保存</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1を保存中…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1を保存しました</translation>
    </message>
    <message>
        <source>Not saved: cancelled</source>
        <translation>保存されませんでした: キャンセルされました</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存されませんでした: %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1を開いています…</translation>
    </message>
</context>
<context>
    <name>parley::ui::MediaFiles</name>
    <message>
        <source>No application opens %1</source>
        <translation>%1を開けるアプリケーションがありません</translation>
    </message>
</context>
<context>
    <name>parley::ui::MergeDialog</name>
    <message>
        <source>(not on this computer)</source>
        <translation>（このコンピューターにありません）</translation>
    </message>
    <message>
        <source>%1 #%2: %3</source>
        <translation>%1 #%2：%3</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <source>Merge duplicate records</source>
        <translation>重複レコードの統合</translation>
    </message>
    <message>
        <source>Both records stand for one customer. Choose the one to keep: the other one&apos;s values, conversations, activities and deals move to it, and it is deleted.</source>
        <translation>2つのレコードは同じ顧客です。残す方を選んでください。もう一方の値・会話・活動・商談はこちらに移り、もう一方は削除されます。</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>%1を残す</translation>
    </message>
    <message>
        <source>Fields before and after the merge</source>
        <translation>統合前後の項目</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>統合</translation>
    </message>
    <message>
        <source>One of the records has not reached this computer.</source>
        <translation>レコードの一方がまだこのコンピューターに届いていません。</translation>
    </message>
    <message>
        <source>Choose two different records.</source>
        <translation>異なる2つのレコードを選んでください。</translation>
    </message>
    <message>
        <source>Only leads and contacts are merged.</source>
        <translation>統合できるのは見込み客と連絡先だけです。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Kept: #%1</source>
        <translation>残す：#%1</translation>
    </message>
    <message>
        <source>Merged in: #%1</source>
        <translation>統合される側：#%1</translation>
    </message>
    <message>
        <source>After the merge</source>
        <translation>統合後</translation>
    </message>
    <message>
        <source>Moves to #%1: %2, %3 and %4. #%5 is then deleted.</source>
        <translation>#%1に移るもの：%2、%3、%4。その後#%5は削除されます。</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>会話%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>活動%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>商談%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>統合中…</translation>
    </message>
</context>
<context>
    <name>parley::ui::MessageDelegate</name>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>parley::ui::MessageView</name>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Loading earlier messages…</source>
        <translation>以前のメッセージを読み込み中…</translation>
    </message>
</context>
<context>
    <name>parley::ui::NewChatDialog</name>
    <message>
        <source>New WhatsApp chat</source>
        <translation>新しいWhatsAppチャット</translation>
    </message>
    <message>
        <source>+55 11 91234-5678</source>
        <translation>+81 90-1234-5678</translation>
    </message>
    <message>
        <source>Send template</source>
        <translation>テンプレートを送信</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>WhatsApp番号</translation>
    </message>
    <message>
        <source>Customer&apos;s number</source>
        <translation>顧客の電話番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>No connected WhatsApp number.</source>
        <translation>接続済みのWhatsApp番号がありません。</translation>
    </message>
    <message>
        <source>No approved template yet: a chat you start must open with one.</source>
        <translation>承認済みのテンプレートがまだありません。こちらから開始するチャットは、テンプレートで始める必要があります。</translation>
    </message>
    <message>
        <source>Send WhatsApp template</source>
        <translation>WhatsAppテンプレートを送信</translation>
    </message>
    <message>
        <source>What the customer will read</source>
        <translation>顧客に表示される内容</translation>
    </message>
    <message>
        <source>This record has not reached this computer yet.</source>
        <translation>このレコードはまだこのコンピューターに同期されていません。</translation>
    </message>
    <message>
        <source>Only leads and contacts receive WhatsApp messages.</source>
        <translation>WhatsAppメッセージの送信先にできるのは、見込み客と連絡先のみです。</translation>
    </message>
    <message>
        <source>No approved template for this record&apos;s module yet.</source>
        <translation>このレコードのモジュール向けの承認済みテンプレートはまだありません。</translation>
    </message>
    <message>
        <source>This record has no Mobile or Phone number.</source>
        <translation>このレコードには携帯電話または電話の番号がありません。</translation>
    </message>
    <message>
        <source>Or a contact or deal</source>
        <translation>または連絡先・商談</translation>
    </message>
    <message>
        <source>Their number</source>
        <translation>相手の番号</translation>
    </message>
    <message>
        <source>A number typed above</source>
        <translation>上で入力した番号</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>連絡先：%1</translation>
    </message>
    <message>
        <source>Deal: %1 (%2)</source>
        <translation>商談：%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>parley::ui::NewRecordDialog</name>
    <message>
        <source>New contact</source>
        <translation>新しい連絡先</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>新しい見込み客</translation>
    </message>
    <message>
        <source>Create contact</source>
        <translation>連絡先を作成</translation>
    </message>
    <message>
        <source>Create lead</source>
        <translation>見込み客を作成</translation>
    </message>
    <message>
        <source>View-only agents cannot create records.</source>
        <translation>閲覧のみの担当者はレコードを作成できません。</translation>
    </message>
    <message>
        <source>Fill in at least one field.</source>
        <translation>少なくとも1つの項目を入力してください。</translation>
    </message>
</context>
<context>
    <name>parley::ui::NotificationCenter</name>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation>
            <numerusform>%n件の新着メッセージ</numerusform>
        </translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>音声メッセージ</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>ステッカー</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置情報</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>連絡先カード</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>新着メッセージ</translation>
    </message>
    <message>
        <source>Parley</source>
        <translation>Parley</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages in %1 conversations</source>
        <translation>
            <numerusform>%1件の会話に新着メッセージ%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>You were mentioned in a note</source>
        <translation>メモであなたがメンションされました</translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation>%1があなたをメンションしました</translation>
    </message>
</context>
<context>
    <name>parley::ui::NotifyChoiceBox</name>
    <message>
        <source>My conversations and unassigned ones of my department</source>
        <translation>自分の会話と自部門の未割り当ての会話</translation>
    </message>
    <message>
        <source>Every conversation I can see</source>
        <translation>表示できるすべての会話</translation>
    </message>
    <message>
        <source>Only my conversations</source>
        <translation>自分の会話のみ</translation>
    </message>
    <message>
        <source>Only when someone mentions me</source>
        <translation>メンションされたときのみ</translation>
    </message>
</context>
<context>
    <name>parley::ui::OfflineBanner</name>
    <message>
        <source>Offline since %1. You are reading the copy on this computer; replies wait in the outbox and go out when the hub answers.</source>
        <translation>%1からオフラインです。このコンピューター上のコピーを表示しています。返信は送信トレイで待機し、ハブが応答すると送信されます。</translation>
    </message>
</context>
<context>
    <name>parley::ui::PeopleAgentDialog</name>
    <message>
        <source>Active: may log in</source>
        <translation>有効（ログイン可能）</translation>
    </message>
    <message>
        <source>Add an agent</source>
        <translation>担当者を追加</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>担当者：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>ログインID：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード：</translation>
    </message>
    <message>
        <source>New password (empty: unchanged):</source>
        <translation>新しいパスワード（空欄の場合は変更なし）：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>役割：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部門：</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>グループ：</translation>
    </message>
</context>
<context>
    <name>parley::ui::PeopleGroupDialog</name>
    <message>
        <source>New group</source>
        <translation>新しいグループ</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>グループ：%1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前：</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>メンバー：</translation>
    </message>
</context>
<context>
    <name>parley::ui::PeoplePage</name>
    <message>
        <source>Agents</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ログインID</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Add agent…</source>
        <translation>担当者を追加…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>変更…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新規…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部門</translation>
    </message>
    <message>
        <source>New department or brand</source>
        <translation>新しい部門またはブランド</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>無効</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1（メンバー%n人）</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete group %1</source>
        <translation>グループ「%1」を削除</translation>
    </message>
    <message>
        <source>Delete the group %1? Its members stay; channels that assign new customers to it fall back to their department.</source>
        <translation>グループ「%1」を削除しますか？メンバーはそのまま残ります。このグループに新規顧客を割り当てている経路では、割り当て先が経路の部門に戻ります。</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>グループを削除</translation>
    </message>
</context>
<context>
    <name>parley::ui::PeriodRow</name>
    <message>
        <source>Number of days, weeks or months</source>
        <translation>日数、週数、または月数</translation>
    </message>
    <message>
        <source>days</source>
        <translation>日間</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>週間</translation>
    </message>
    <message>
        <source>months</source>
        <translation>か月間</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今日</translation>
    </message>
</context>
<context>
    <name>parley::ui::PhotoViewer</name>
    <message>
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 前へ</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>次へ ▶</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>ウィンドウに合わせる</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Open with…</source>
        <translation>アプリで開く…</translation>
    </message>
    <message>
        <source>Open in the system&apos;s picture viewer</source>
        <translation>システムの画像ビューアーで開く</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>This picture cannot be shown</source>
        <translation>この画像は表示できません</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>parley::ui::PredefinedTextEditor</name>
    <message>
        <source>For example: Greeting</source>
        <translation>例：あいさつ</translation>
    </message>
    <message>
        <source>Hi $[Leads.First Name], how can I help?</source>
        <translation>$[Leads.First Name]様、どのようなご用件でしょうか？</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>項目を挿入</translation>
    </message>
    <message>
        <source>Insert a merge field of the module, filled from the customer&apos;s record when the text is used</source>
        <translation>モジュールの差し込み項目を挿入します。定型文の使用時に顧客のレコードの値が入ります</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前：</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>モジュール：</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>メッセージ：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>New predefined text</source>
        <translation>新しい定型文</translation>
    </message>
    <message>
        <source>Edit predefined text</source>
        <translation>定型文を編集</translation>
    </message>
    <message>
        <source>The module of an existing text cannot change: its merge fields depend on it.</source>
        <translation>既存の定型文のモジュールは変更できません（差し込み項目がモジュールに依存しているため）。</translation>
    </message>
    <message>
        <source>Unknown field: %1</source>
        <translation>不明な項目：%1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
</context>
<context>
    <name>parley::ui::PredefinedTextManager</name>
    <message>
        <source>New…</source>
        <translation>新規…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Manage predefined texts</source>
        <translation>定型文の管理</translation>
    </message>
    <message>
        <source>Delete predefined text</source>
        <translation>定型文を削除</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? Nobody on the team will be able to use it any more.</source>
        <translation>「%1」を削除しますか？チームの誰もこの定型文を使用できなくなります。</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>削除中…</translation>
    </message>
    <message>
        <source>Predefined texts</source>
        <translation>定型文</translation>
    </message>
</context>
<context>
    <name>parley::ui::PredefinedTextModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>名前で検索</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>すべてのモジュール</translation>
    </message>
</context>
<context>
    <name>parley::ui::PredefinedTextPicker</name>
    <message>
        <source>Predefined texts</source>
        <translation>定型文</translation>
    </message>
    <message>
        <source>New predefined text</source>
        <translation>新しい定型文</translation>
    </message>
    <message>
        <source>Preview with this customer&apos;s values</source>
        <translation>この顧客の値でプレビュー</translation>
    </message>
    <message>
        <source>Preview for this customer:</source>
        <translation>この顧客へのプレビュー：</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>挿入</translation>
    </message>
    <message>
        <source>No predefined texts yet. Write one with &quot;New predefined text&quot;.</source>
        <translation>定型文はまだありません。「新しい定型文」から作成してください。</translation>
    </message>
    <message>
        <source>No predefined text matches.</source>
        <translation>一致する定型文はありません。</translation>
    </message>
</context>
<context>
    <name>parley::ui::PresenceBar</name>
    <message>
        <source>%1 is typing…</source>
        <translation>%1が入力中…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1と%2が入力中…</translation>
    </message>
    <message numerus="yes">
        <source>%n agents are typing…</source>
        <translation>
            <numerusform>%n人の担当者が入力中…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is viewing</source>
        <translation>%1が閲覧中</translation>
    </message>
    <message>
        <source>%1 and %2 are viewing</source>
        <translation>%1と%2が閲覧中</translation>
    </message>
    <message numerus="yes">
        <source>%n agents are viewing</source>
        <translation>
            <numerusform>%n人の担当者が閲覧中</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>parley::ui::QuickActions</name>
    <message>
        <source>New task…</source>
        <translation>新しいタスク…</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>新しい会議…</translation>
    </message>
    <message>
        <source>New call…</source>
        <translation>新しい通話…</translation>
    </message>
    <message>
        <source>New appointment…</source>
        <translation>新しい予約…</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>自分に割り当て</translation>
    </message>
    <message>
        <source>Already assigned to you.</source>
        <translation>すでに自分に割り当てられています。</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>割り当て先</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <source>Close conversation</source>
        <translation>会話を終了</translation>
    </message>
    <message>
        <source>Reopen conversation</source>
        <translation>会話を再開</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>メモを追加…</translation>
    </message>
    <message>
        <source>This conversation has no lead or contact record.</source>
        <translation>この会話には見込み客または連絡先のレコードがありません。</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>メモを追加</translation>
    </message>
    <message>
        <source>Only agents see notes; the customer never does.</source>
        <translation>メモは担当者にのみ表示され、顧客には表示されません。</translation>
    </message>
    <message>
        <source>Conversation unassigned.</source>
        <translation>会話の割り当てを解除しました。</translation>
    </message>
    <message>
        <source>Conversation assigned.</source>
        <translation>会話を割り当てました。</translation>
    </message>
    <message>
        <source>Conversation closed.</source>
        <translation>会話を終了しました。</translation>
    </message>
    <message>
        <source>Conversation reopened.</source>
        <translation>会話を再開しました。</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>メモを追加しました。</translation>
    </message>
    <message>
        <source>Activity created.</source>
        <translation>アクティビティを作成しました。</translation>
    </message>
    <message>
        <source>Activity marked done.</source>
        <translation>アクティビティを完了にしました。</translation>
    </message>
    <message>
        <source>Activity reopened.</source>
        <translation>アクティビティを未完了に戻しました。</translation>
    </message>
    <message>
        <source>Record saved.</source>
        <translation>レコードを保存しました。</translation>
    </message>
    <message>
        <source>Record created.</source>
        <translation>レコードを作成しました。</translation>
    </message>
    <message>
        <source>Unmute notifications</source>
        <translation>通知のミュートを解除</translation>
    </message>
    <message>
        <source>Mute notifications</source>
        <translation>通知をミュート</translation>
    </message>
    <message>
        <source>Notifications muted for this conversation.</source>
        <translation>この会話の通知をミュートしました。</translation>
    </message>
    <message>
        <source>Notifications unmuted for this conversation.</source>
        <translation>この会話の通知のミュートを解除しました。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
</context>
<context>
    <name>parley::ui::QuickSwitcher</name>
    <message>
        <source>Go to conversation</source>
        <translation>会話へ移動</translation>
    </message>
    <message>
        <source>Name, number or words from a message</source>
        <translation>名前、電話番号、メッセージ内の語句</translation>
    </message>
    <message>
        <source>Matching conversations</source>
        <translation>一致する会話</translation>
    </message>
</context>
<context>
    <name>parley::ui::QuoteAttachDialog</name>
    <message>
        <source>Attach quote</source>
        <translation>見積書を添付</translation>
    </message>
    <message>
        <source>Quotes of this customer</source>
        <translation>この顧客の見積書</translation>
    </message>
    <message>
        <source>New quote…</source>
        <translation>新しい見積書…</translation>
    </message>
    <message>
        <source>Send quote</source>
        <translation>見積書を送信</translation>
    </message>
    <message>
        <source>Quotes of the customer and their deals:</source>
        <translation>顧客とその商談の見積書：</translation>
    </message>
    <message>
        <source>This conversation has no lead or contact to quote.</source>
        <translation>この会話には見積もる見込み客も連絡先もありません。</translation>
    </message>
    <message>
        <source>The quote&apos;s PDF could not be written: %1</source>
        <translation>見積書のPDFを書き込めませんでした：%1</translation>
    </message>
</context>
<context>
    <name>parley::ui::QuoteEditor</name>
    <message>
        <source>Edit quote %1</source>
        <translation>見積書%1を編集</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>新しい見積書</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>品目</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>単価</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>割引（%）</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>税率（%）</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>明細</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>行を追加</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>行を削除</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Subtotal %1 · Discount %2 · Tax %3 · Total %4</source>
        <translation>小計：%1 · 割引：%2 · 税額：%3 · 合計：%4</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
</context>
<context>
    <name>parley::ui::RecentNotificationsModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>parley::ui::RecordDetail</name>
    <message>
        <source>Choose a record to see its fields and conversations.</source>
        <translation>レコードを選ぶと項目と会話が表示されます。</translation>
    </message>
    <message>
        <source>Start WhatsApp chat…</source>
        <translation>WhatsAppチャットを開始…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>This record is not on this computer: merged into another one, or not arrived yet.</source>
        <translation>このレコードはこのコンピューターにありません。別のレコードに統合されたか、まだ届いていません。</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>担当者：%1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>No lead or contact with a number belongs to this record.</source>
        <translation>このレコードには番号のある見込み客や連絡先がありません。</translation>
    </message>
</context>
<context>
    <name>parley::ui::RecordFieldsEditor</name>
    <message>
        <source>Save fields</source>
        <translation>項目を保存</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>変更を元に戻す</translation>
    </message>
</context>
<context>
    <name>parley::ui::RecordPanel</name>
    <message>
        <source>Lead</source>
        <translation>見込み客</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>取引先</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商談</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>割り当て先</translation>
    </message>
    <message>
        <source>Send WhatsApp template…</source>
        <translation>WhatsAppテンプレートを送信…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Record owner</source>
        <translation>レコード所有者</translation>
    </message>
    <message>
        <source>Link company…</source>
        <translation>取引先を関連付け…</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商談</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>新しい商談…</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>アクティビティ</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>新しいアクティビティ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>メモを追加…</translation>
    </message>
    <message>
        <source>The record has not reached this computer yet.</source>
        <translation>このレコードはまだこのコンピューターに同期されていません。</translation>
    </message>
    <message>
        <source>No lead or contact is linked.</source>
        <translation>見込み客または連絡先が関連付けられていません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>担当者%1</translation>
    </message>
    <message>
        <source>No company linked.</source>
        <translation>取引先が関連付けられていません。</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>所有者：%1</translation>
    </message>
    <message>
        <source>%1
— %2, %3</source>
        <translation>%1
— %2、%3</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>新しい商談</translation>
    </message>
    <message>
        <source>Deal name</source>
        <translation>商談名</translation>
    </message>
    <message>
        <source>Link company</source>
        <translation>取引先を関連付け</translation>
    </message>
    <message>
        <source>Choose a company, or type a new company&apos;s name</source>
        <translation>取引先を選択するか、新しい取引先の名前を入力してください</translation>
    </message>
</context>
<context>
    <name>parley::ui::RecordQuotes</name>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>見積書</translation>
    </message>
    <message>
        <source>New quote…</source>
        <translation>新しい見積書…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Loading quotes…</source>
        <translation>見積書を読み込み中…</translation>
    </message>
    <message>
        <source>No quotes yet.</source>
        <translation>まだ見積書はありません。</translation>
    </message>
</context>
<context>
    <name>parley::ui::RecordsWindow</name>
    <message>
        <source>Records</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Search names, numbers, emails…</source>
        <translation>名前・番号・メールを検索…</translation>
    </message>
    <message>
        <source>Search records</source>
        <translation>レコードを検索</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Reached at</source>
        <translation>連絡先情報</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>さらに表示</translation>
    </message>
    <message>
        <source>New lead…</source>
        <translation>新しい見込み客…</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>新しい連絡先…</translation>
    </message>
    <message>
        <source>Merge duplicates…</source>
        <translation>重複を統合…</translation>
    </message>
    <message>
        <source>Choose two leads or contacts of one customer (Ctrl+click).</source>
        <translation>同じ顧客の見込み客または連絡先を2つ選んでください（Ctrl+クリック）。</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>自分</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（名前なし）</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) shown</source>
        <translation>
            <numerusform>%n件のレコードを表示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parley::ui::ReportsPage</name>
    <message>
        <source>%1 s</source>
        <translation>%1秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1分</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1時間%2分</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>応答時間</translation>
    </message>
    <message>
        <source>Messages by hour</source>
        <translation>時間帯別メッセージ</translation>
    </message>
    <message>
        <source>Templates and credits</source>
        <translation>テンプレートとポイント</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>レポートを%1に保存できませんでした: %2</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>すべての経路</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>すべての担当者</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>すべてのグループ</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSVをエクスポート…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>By</source>
        <translation>集計単位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中央値</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90パーセンタイル</translation>
    </message>
    <message>
        <source>Messages from customers</source>
        <translation>顧客からのメッセージ</translation>
    </message>
    <message>
        <source>Messages from the team</source>
        <translation>チームからのメッセージ</translation>
    </message>
    <message>
        <source>Conversations opened and closed per day</source>
        <translation>1日あたりの開始・終了した会話</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>初回応答</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解決</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>経路</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <source>Template sends and credits spent per day</source>
        <translation>1日あたりのテンプレート送信数と使用ポイント</translation>
    </message>
    <message>
        <source>Template sends</source>
        <translation>テンプレート送信数</translation>
    </message>
    <message>
        <source>Credits spent</source>
        <translation>使用ポイント</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSVをエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>Customer satisfaction: no answers in these days.</source>
        <translation>顧客満足度：この期間の回答はありません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Customer satisfaction: %1 of 5 from %n answer(s) (%2)</source>
        <translation>
            <numerusform>顧客満足度：5点中%1点、回答%n件（%2）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parley::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Show a desktop notification for new messages</source>
        <translation>新着メッセージをデスクトップに通知する</translation>
    </message>
    <message>
        <source>Start Parley when I log in</source>
        <translation>ログイン時にParleyを起動する</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語：</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>外観：</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>今すぐ再起動</translation>
    </message>
    <message>
        <source>Parley will use the new language after a restart.</source>
        <translation>新しい言語はParleyの再起動後に適用されます。</translation>
    </message>
    <message>
        <source>Notify me about:</source>
        <translation>通知の対象：</translation>
    </message>
</context>
<context>
    <name>parley::ui::SnoozeDialog</name>
    <message>
        <source>In 1 hour (%1)</source>
        <translation>1時間後（%1）</translation>
    </message>
    <message>
        <source>Tomorrow at %1</source>
        <translation>明日%1</translation>
    </message>
    <message>
        <source>Next week (%1)</source>
        <translation>来週（%1）</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>スヌーズ</translation>
    </message>
    <message>
        <source>Remind me about %1&apos;s conversation, and hold its notifications until:</source>
        <translation>%1さんの会話を知らせ、通知を次の日時まで止める：</translation>
    </message>
    <message>
        <source>On a date…</source>
        <translation>日付を指定…</translation>
    </message>
    <message>
        <source>Set the selected conversations aside for the whole team; they reopen by themselves at:</source>
        <translation>選択した会話をチーム全体で保留にします。次の日時に自動で再開します：</translation>
    </message>
</context>
<context>
    <name>parley::ui::TemplateEditor</name>
    <message>
        <source>order_shipped</source>
        <translation>order_shipped</translation>
    </message>
    <message>
        <source>Lowercase letters, digits and underscores, as WhatsApp requires.</source>
        <translation>WhatsAppの規定により、半角の小文字、数字、アンダースコアのみ使用できます。</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>ユーティリティ</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>マーケティング</translation>
    </message>
    <message>
        <source>Hi, your order is on its way. Type # to insert a field.</source>
        <translation>ご注文の商品を発送しました。「#」を入力すると項目を挿入できます。</translation>
    </message>
    <message>
        <source>Insert field (#)</source>
        <translation>項目を挿入（#）</translation>
    </message>
    <message>
        <source>A field of the module, filled from the customer&apos;s record when the template is sent</source>
        <translation>モジュールの項目です。テンプレートの送信時に顧客のレコードの値が入ります</translation>
    </message>
    <message>
        <source>Counted as WhatsApp counts: each merge field as {{n}}.</source>
        <translation>WhatsAppと同じ方法で数えます（差し込み項目は1つにつき{{n}}として計算）。</translation>
    </message>
    <message>
        <source>Pending, approved and rejected templates all count.</source>
        <translation>審査待ち・承認済み・却下済みのテンプレートもすべて数に含まれます。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>カテゴリ：</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>モジュール：</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>メッセージ：</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>プレビュー：</translation>
    </message>
    <message>
        <source>Promotions, offers, news and invitations: anything that sells or brings customers back.</source>
        <translation>プロモーション、特典、お知らせ、招待など、販売促進や顧客の再来訪につながるもの。</translation>
    </message>
    <message>
        <source>Notifications about something the customer did or asked for: order confirmations, payment failures, shipping status, subscribed reminders.</source>
        <translation>顧客の操作や依頼に関する通知（注文確認、支払いの失敗、配送状況、登録済みのリマインダーなど）。</translation>
    </message>
    <message>
        <source>Submit again</source>
        <translation>再申請</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>審査を申請</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>申請中…</translation>
    </message>
    <message>
        <source>Rejected by WhatsApp: %1. Change it and submit it again.</source>
        <translation>WhatsAppで却下されました（%1）。修正して再申請してください。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>理由の記載なし</translation>
    </message>
    <message>
        <source>Submitting sends the template to WhatsApp for review, which can take up to 24 hours. Only approved templates can be sent.</source>
        <translation>申請すると、テンプレートがWhatsAppに送られて審査されます（最大24時間かかる場合があります）。送信できるのは承認済みのテンプレートのみです。</translation>
    </message>
    <message>
        <source>Characters: %1 / %2</source>
        <translation>文字数：%1 / %2</translation>
    </message>
    <message>
        <source>Merge fields: %1 / %2</source>
        <translation>差し込み項目：%1 / %2</translation>
    </message>
    <message>
        <source>Templates: %1 / %2</source>
        <translation>テンプレート：%1 / %2</translation>
    </message>
    <message>
        <source>The WhatsApp Business account of this number keeps the template.</source>
        <translation>この番号のWhatsApp Businessアカウントがテンプレートを保持します。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Deletes the template on WhatsApp too; it no longer counts toward the 200.</source>
        <translation>WhatsAppでもテンプレートを削除します。200件の上限に数えられなくなります。</translation>
    </message>
    <message>
        <source>WhatsApp number:</source>
        <translation>WhatsApp番号：</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>テンプレートを削除</translation>
    </message>
    <message>
        <source>Delete the template %1 (%2) here and on WhatsApp? Messages already sent stay; it can no longer be sent.</source>
        <translation>テンプレート%1（%2）をこことWhatsAppから削除しますか？送信済みのメッセージは残りますが、このテンプレートはもう送信できません。</translation>
    </message>
</context>
<context>
    <name>parley::ui::TemplatePartsEditor</name>
    <message>
        <source>Quick reply</source>
        <translation>クイック返信</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>通話</translation>
    </message>
    <message>
        <source>No header</source>
        <translation>ヘッダーなし</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Header text</source>
        <translation>ヘッダーのテキスト</translation>
    </message>
    <message>
        <source>Header sample</source>
        <translation>ヘッダーの例</translation>
    </message>
    <message>
        <source>Order {{1}} is on its way</source>
        <translation>注文{{1}}を発送しました</translation>
    </message>
    <message>
        <source>At most 60 characters; {{1}} is a value the agent gives when sending.</source>
        <translation>最大60文字です。{{1}}は担当者が送信時に入力する値です。</translation>
    </message>
    <message>
        <source>Reply STOP to stop receiving offers</source>
        <translation>配信停止は「停止」と返信してください</translation>
    </message>
    <message>
        <source>Fixed text under the message, at most 60 characters.</source>
        <translation>メッセージの下に表示する固定の文字で、最大60文字です。</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>ボタン</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Link or phone number</source>
        <translation>リンクまたは電話番号</translation>
    </message>
    <message>
        <source>Sample ending</source>
        <translation>末尾の例</translation>
    </message>
    <message>
        <source>Links may end in {{1}}: the agent gives that ending when sending.</source>
        <translation>リンクの末尾には{{1}}を付けられます。その末尾は担当者が送信時に入力します。</translation>
    </message>
    <message>
        <source>Add button</source>
        <translation>ボタンを追加</translation>
    </message>
    <message>
        <source>Remove button</source>
        <translation>ボタンを削除</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>ヘッダー：</translation>
    </message>
    <message>
        <source>Footer:</source>
        <translation>フッター：</translation>
    </message>
    <message>
        <source>Buttons:</source>
        <translation>ボタン：</translation>
    </message>
    <message>
        <source>Sample value for {{1}}</source>
        <translation>{{1}}の例の値</translation>
    </message>
    <message>
        <source>Sample file&apos;s upload handle</source>
        <translation>例のファイルのアップロードハンドル</translation>
    </message>
</context>
<context>
    <name>parley::ui::TemplateSendDialog</name>
    <message>
        <source>Send a template to %1</source>
        <translation>%1にテンプレートを送信</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>What the customer will read:</source>
        <translation>顧客に表示される内容：</translation>
    </message>
    <message>
        <source>No approved template for %1 yet. An admin creates templates and WhatsApp reviews them.</source>
        <translation>%1向けの承認済みテンプレートはまだありません。テンプレートは管理者が作成し、WhatsAppが審査します。</translation>
    </message>
</context>
<context>
    <name>parley::ui::TemplateValuesForm</name>
    <message>
        <source>Header value:</source>
        <translation>ヘッダーの値：</translation>
    </message>
    <message>
        <source>Link to the header&apos;s file:</source>
        <translation>ヘッダーのファイルへのリンク：</translation>
    </message>
    <message>
        <source>“%1” link ending:</source>
        <translation>「%1」リンクの末尾：</translation>
    </message>
</context>
<context>
    <name>parley::ui::TemplatesPage</name>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>審査中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>却下済み</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>マーケティング</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>ユーティリティ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>却下理由</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>新しいテンプレート</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>テンプレート</translation>
    </message>
</context>
<context>
    <name>parley::ui::TicketBar</name>
    <message>
        <source>Ticket #%1 · %2 · %3 · %4</source>
        <translation>チケット #%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>チケットを開く</translation>
    </message>
    <message>
        <source>No ticket for this conversation</source>
        <translation>この会話にはチケットがありません</translation>
    </message>
    <message>
        <source>Convert to ticket</source>
        <translation>チケットに変換</translation>
    </message>
    <message>
        <source>Hand this conversation to the help desk as a ticket</source>
        <translation>この会話をチケットとしてヘルプデスクに渡す</translation>
    </message>
    <message>
        <source>You have view-only access: you can see this but not change it.</source>
        <translation>閲覧のみの権限のため、表示はできますが変更はできません。</translation>
    </message>
</context>
<context>
    <name>parley::ui::TicketDetail</name>
    <message>
        <source>Open conversation</source>
        <translation>会話を開く</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Write a comment for the team</source>
        <translation>チーム向けのコメントを書く</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>コメントを追加</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ステータス：</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>優先度：</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>担当者：</translation>
    </message>
    <message>
        <source>You have view-only access: you can see this but not change it.</source>
        <translation>閲覧のみの権限のため、表示はできますが変更はできません。</translation>
    </message>
    <message>
        <source>Choose a ticket</source>
        <translation>チケットを選んでください</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>a conversation not on this desktop</source>
        <translation>このデスクトップにない会話</translation>
    </message>
    <message>
        <source>From the conversation with %1 · %2 · created %3</source>
        <translation>%1との会話から · %2 · 作成%3</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>部門なし</translation>
    </message>
    <message>
        <source>%1, %2:
%3</source>
        <translation>%1、%2:
%3</translation>
    </message>
</context>
<context>
    <name>parley::ui::TicketsWindow</name>
    <message>
        <source>Tickets</source>
        <translation>チケット</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示：</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>No tickets</source>
        <translation>チケットはありません</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2 · %n ticket(s)</source>
        <translation>
            <numerusform>%1/%2ページ · %n件のチケット</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parley::ui::TriageBar</name>
    <message>
        <source>Actions on the selected conversations</source>
        <translation>選択した会話への操作</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>割り当て</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>スヌーズ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>クローズ</translation>
    </message>
    <message>
        <source>Until the customer replies</source>
        <translation>顧客が返信するまで</translation>
    </message>
    <message>
        <source>On a date…</source>
        <translation>日付を指定…</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n件選択中</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>自分に割り当て</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>チームなし</translation>
    </message>
    <message>
        <source>No labels yet: an admin defines them</source>
        <translation>ラベルはまだありません。管理者が定義します</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>「%1」を追加</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>「%1」を外す</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) changed.</source>
        <translation>
            <numerusform>%n件の会話を変更しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 changed; the others: %3</source>
        <translation>%2件中%1件を変更しました。残り：%3</translation>
    </message>
</context>
<context>
    <name>parley::ui::UnreadTrayIcon</name>
    <message>
        <source>Parley</source>
        <translation>Parley</translation>
    </message>
    <message numerus="yes">
        <source>Parley — %n unread notification(s)</source>
        <translation>
            <numerusform>Parley — 未読の通知%n件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parley::ui::UserRow</name>
    <message>
        <source>Choose a user</source>
        <translation>ユーザーを選択</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>自分</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1（無効）</translation>
    </message>
    <message>
        <source>User #%1</source>
        <translation>ユーザー#%1</translation>
    </message>
</context>
<context>
    <name>parley::ui::ViewListModel</name>
    <message>
        <source>All conversations</source>
        <translation>すべての会話</translation>
    </message>
    <message>
        <source>My conversations</source>
        <translation>自分の会話</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conversation(s)</source>
        <translation>
            <numerusform>%1：%n件の会話</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parley::ui::ZoomView</name>
    <message>
        <source>Photo</source>
        <translation>写真</translation>
    </message>
</context>
</TS>
