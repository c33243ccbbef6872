<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Accessible</name>
    <message>
        <source>Clear the field</source>
        <translation>清除此字段</translation>
    </message>
</context>
<context>
    <name>AccessibleTexts</name>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n 条未读消息</numerusform>
        </translation>
    </message>
    <message>
        <source>last message at %1: %2</source>
        <translation>最后一条消息 %1：%2</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Sent by the team</source>
        <translation>团队发送</translation>
    </message>
    <message>
        <source>From the customer</source>
        <translation>来自客户</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <translation>附件 %1</translation>
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
        <translation>无法删除 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>BuiltinView</name>
    <message>
        <source>Unreplied</source>
        <translation>未回复</translation>
    </message>
    <message>
        <source>Sent today</source>
        <translation>今日已发送</translation>
    </message>
    <message>
        <source>All unreplied</source>
        <translation>全部未回复</translation>
    </message>
    <message>
        <source>My open</source>
        <translation>我的进行中对话</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>我的团队</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>&lt; 1 min</source>
        <translation>不到 1 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
</context>
<context>
    <name>HubError</name>
    <message>
        <source>%1
WhatsApp says: %2</source>
        <translation>%1
WhatsApp 提示：%2</translation>
    </message>
    <message>
        <source>The 24-hour window is closed: only an approved template can be sent now.</source>
        <translation>24 小时回复窗口已关闭：现在只能发送已批准的消息模板。</translation>
    </message>
    <message>
        <source>The 24-hour window had closed: send an approved template.</source>
        <translation>24 小时回复窗口已关闭：请发送已批准的消息模板。</translation>
    </message>
    <message>
        <source>This customer has not written yet: start with an approved template.</source>
        <translation>该客户尚未发来消息：请先发送已批准的消息模板。</translation>
    </message>
    <message>
        <source>Not enough credits. Ask an admin to buy credits or turn on auto-recharge.</source>
        <translation>信用点数不足。请联系管理员购买信用点数或开启自动充值。</translation>
    </message>
    <message>
        <source>This WhatsApp number is deactivated or disconnected.</source>
        <translation>此 WhatsApp 号码已停用或已断开连接。</translation>
    </message>
    <message>
        <source>This WhatsApp number is disconnected. Connect it again first.</source>
        <translation>此 WhatsApp 号码已断开连接。请先重新连接。</translation>
    </message>
    <message>
        <source>The hub stopped while sending: WhatsApp may or may not have this message. Check before sending it again.</source>
        <translation>服务器在发送过程中中断：WhatsApp 可能已收到这条消息，也可能未收到。重新发送前请先确认。</translation>
    </message>
    <message>
        <source>WhatsApp refused the change: %1</source>
        <translation>WhatsApp 拒绝了此更改：%1</translation>
    </message>
    <message>
        <source>WhatsApp no longer accepts this channel&apos;s access token. Connect the number again with a new token.</source>
        <translation>WhatsApp 不再接受此渠道的访问令牌。请使用新令牌重新连接该号码。</translation>
    </message>
    <message>
        <source>WhatsApp could not be reached or did not answer. Try again later.</source>
        <translation>无法连接 WhatsApp 或其未响应。请稍后重试。</translation>
    </message>
    <message>
        <source>WhatsApp could not deliver to this number.</source>
        <translation>WhatsApp 无法将消息送达此号码。</translation>
    </message>
    <message>
        <source>The files waiting to be sent were removed from this computer. Attach them again.</source>
        <translation>待发送的文件已从此计算机中删除，请重新附加。</translation>
    </message>
    <message>
        <source>Write a message first.</source>
        <translation>请先输入消息。</translation>
    </message>
    <message>
        <source>The message is longer than WhatsApp allows (4,096 characters).</source>
        <translation>消息超出了 WhatsApp 允许的长度（4,096 个字符）。</translation>
    </message>
    <message>
        <source>The file is still being prepared on the hub. Try again in a moment.</source>
        <translation>文件仍在服务器上准备中。请稍后再试。</translation>
    </message>
    <message>
        <source>This customer asked not to receive marketing messages.</source>
        <translation>此客户已要求不接收营销消息。</translation>
    </message>
    <message>
        <source>This record has no WhatsApp number to write to.</source>
        <translation>此记录没有可发送消息的 WhatsApp 号码。</translation>
    </message>
    <message>
        <source>You have view-only access and cannot send.</source>
        <translation>您只有查看权限，无法发送消息。</translation>
    </message>
    <message>
        <source>You have view-only access: you can see this but not change it.</source>
        <translation>您只有查看权限：可以查看，但无法修改。</translation>
    </message>
    <message>
        <source>Only admins can do this.</source>
        <translation>仅管理员可执行此操作。</translation>
    </message>
    <message>
        <source>The hub refused this: you do not have access to it.</source>
        <translation>服务器拒绝了此操作：您没有访问权限。</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again.</source>
        <translation>您的登录会话已结束，请重新登录。</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Wait a minute and try again.</source>
        <translation>登录尝试次数过多。请等待一分钟后再试。</translation>
    </message>
    <message>
        <source>The hub cannot be reached. The reply will be sent when it is back.</source>
        <translation>无法连接到服务器。连接恢复后将自动发送回复。</translation>
    </message>
    <message>
        <source>The hub cannot be reached, so nothing was changed. Try again when it is back.</source>
        <translation>无法连接到服务器，未做任何更改。请在连接恢复后重试。</translation>
    </message>
    <message>
        <source>The hub could not save the change; nothing was changed. Try again.</source>
        <translation>服务器未能保存更改，未做任何修改。请重试。</translation>
    </message>
    <message>
        <source>The hub&apos;s storage is full; nothing was saved. Tell your administrator.</source>
        <translation>服务器的存储空间已满，未保存任何内容。请告知您的管理员。</translation>
    </message>
    <message>
        <source>The hub could not accept this request: %1</source>
        <translation>服务器无法接受此请求：%1</translation>
    </message>
    <message>
        <source>The hub answered in a way this version of Parley does not understand: %1</source>
        <translation>服务器的答复无法被此版本的 Parley 理解：%1</translation>
    </message>
    <message>
        <source>The conversation no longer exists on the hub.</source>
        <translation>服务器上已不存在此对话。</translation>
    </message>
    <message>
        <source>This record, activity or conversation no longer exists on the hub.</source>
        <translation>服务器上已不存在此记录、活动或对话。</translation>
    </message>
    <message>
        <source>This predefined text no longer exists; someone may have deleted it.</source>
        <translation>此预设文本已不存在，可能已被他人删除。</translation>
    </message>
    <message>
        <source>The template or WhatsApp number no longer exists.</source>
        <translation>该模板或 WhatsApp 号码已不存在。</translation>
    </message>
    <message>
        <source>This item no longer exists on the hub; someone may have deleted it.</source>
        <translation>此项目在服务器上已不存在，可能已被他人删除。</translation>
    </message>
    <message>
        <source>Give the activity a title.</source>
        <translation>请为活动填写标题。</translation>
    </message>
    <message>
        <source>The linked company or person no longer exists; choose another one.</source>
        <translation>关联的公司或人员已不存在，请重新选择。</translation>
    </message>
    <message>
        <source>Fill in at least one field.</source>
        <translation>请至少填写一个字段。</translation>
    </message>
    <message>
        <source>That agent no longer exists or is inactive; choose another owner.</source>
        <translation>该客服已不存在或已停用，请选择其他所有者。</translation>
    </message>
    <message>
        <source>The module of a predefined text cannot be changed: its merge fields depend on it. Create a new text for another module.</source>
        <translation>预设文本的模块无法更改，因为其中的合并字段依赖于该模块。如需用于其他模块，请新建一条预设文本。</translation>
    </message>
    <message>
        <source>A predefined text needs a name and a message.</source>
        <translation>预设文本必须填写名称和消息内容。</translation>
    </message>
    <message>
        <source>Automations send to leads or contacts only.</source>
        <translation>自动化规则只能向线索或联系人发送消息。</translation>
    </message>
    <message>
        <source>Choose a template of the same module as the records.</source>
        <translation>请选择与记录所属模块相同的模板。</translation>
    </message>
    <message>
        <source>This automation exists already.</source>
        <translation>此自动化规则已存在。</translation>
    </message>
    <message>
        <source>The record had no Mobile or Phone to send to.</source>
        <translation>该记录没有可用于发送的手机或电话号码。</translation>
    </message>
    <message>
        <source>A login is 1 to 64 letters, digits or . _ @ -</source>
        <translation>登录名须为 1 到 64 个字母、数字或 . _ @ - 字符</translation>
    </message>
    <message>
        <source>Someone already has this login.</source>
        <translation>此登录名已被他人使用。</translation>
    </message>
    <message>
        <source>Give the agent a name.</source>
        <translation>请填写客服姓名。</translation>
    </message>
    <message>
        <source>A password has at least 8 characters.</source>
        <translation>密码至少须包含 8 个字符。</translation>
    </message>
    <message>
        <source>This is the team&apos;s only active admin: make someone else an admin first.</source>
        <translation>这是团队中唯一已启用的管理员：请先将其他人设为管理员。</translation>
    </message>
    <message>
        <source>One of the chosen agents no longer exists.</source>
        <translation>所选客服中有人已不存在。</translation>
    </message>
    <message>
        <source>Give the group a name.</source>
        <translation>请为分组命名。</translation>
    </message>
    <message>
        <source>There is already a group with this name.</source>
        <translation>已存在同名分组。</translation>
    </message>
    <message>
        <source>One of the chosen groups no longer exists.</source>
        <translation>所选分组中有分组已不存在。</translation>
    </message>
    <message>
        <source>Give the department a name.</source>
        <translation>请为部门命名。</translation>
    </message>
    <message>
        <source>This department no longer exists. Choose another one.</source>
        <translation>此部门已不存在，请选择其他部门。</translation>
    </message>
    <message>
        <source>Choose who receives the new customers.</source>
        <translation>请选择由谁接待新客户。</translation>
    </message>
    <message>
        <source>The auto-close time is not valid.</source>
        <translation>自动关闭时间无效。</translation>
    </message>
    <message>
        <source>The Graph API address is not valid.</source>
        <translation>Graph API 地址无效。</translation>
    </message>
    <message>
        <source>This rate plan does not exist.</source>
        <translation>此费率套餐不存在。</translation>
    </message>
    <message>
        <source>The payment did not go through; no credits were added.</source>
        <translation>付款未成功，未添加任何信用点数。</translation>
    </message>
    <message>
        <source>Auto-recharge failed: the payment did not go through.</source>
        <translation>自动充值失败：付款未成功。</translation>
    </message>
    <message>
        <source>Choose one of the trial states.</source>
        <translation>请选择一种试用状态。</translation>
    </message>
    <message>
        <source>The hub refused the change (%1).</source>
        <translation>服务器拒绝了此更改（%1）。</translation>
    </message>
    <message>
        <source>WhatsApp sends audio without a caption: remove the text.</source>
        <translation>WhatsApp 发送音频时不带说明文字：请删除文字。</translation>
    </message>
    <message>
        <source>The caption is too long for WhatsApp: %1</source>
        <translation>说明文字对 WhatsApp 来说太长：%1</translation>
    </message>
    <message>
        <source>That message is no longer in this conversation.</source>
        <translation>该消息已不在此对话中。</translation>
    </message>
    <message>
        <source>That message has not reached WhatsApp yet, so it cannot be answered.</source>
        <translation>该消息尚未到达 WhatsApp，因此无法回复。</translation>
    </message>
    <message>
        <source>A reaction is one emoji.</source>
        <translation>回应只能是一个表情符号。</translation>
    </message>
    <message>
        <source>Give one sample value for each field of the template: %1</source>
        <translation>请为模板的每个字段提供一个示例值：%1</translation>
    </message>
    <message>
        <source>This conversation&apos;s number does not serve that department.</source>
        <translation>此对话的号码不服务于该部门。</translation>
    </message>
    <message>
        <source>Only leads and contacts are merged.</source>
        <translation>只能合并线索和联系人。</translation>
    </message>
    <message>
        <source>A record cannot be merged into itself.</source>
        <translation>记录不能与自身合并。</translation>
    </message>
    <message>
        <source>The hub is busy with other passwords. Try again in a moment.</source>
        <translation>服务器正忙于处理其他密码。请稍后重试。</translation>
    </message>
    <message>
        <source>The hub could not store the password. Try again.</source>
        <translation>服务器无法保存密码。请重试。</translation>
    </message>
    <message>
        <source>WhatsApp did not accept the code: %1</source>
        <translation>WhatsApp 未接受验证码：%1</translation>
    </message>
    <message>
        <source>WhatsApp did not send a code: %1</source>
        <translation>WhatsApp 未发送验证码：%1</translation>
    </message>
    <message>
        <source>This is not the number&apos;s two-step verification PIN.</source>
        <translation>这不是该号码的两步验证 PIN。</translation>
    </message>
    <message>
        <source>Verify the number with its code before registering it.</source>
        <translation>请先用验证码验证号码，再进行注册。</translation>
    </message>
    <message>
        <source>Too many attempts for this number in a short time: wait a few minutes and try again.</source>
        <translation>此号码在短时间内尝试次数过多：请等待几分钟后再试。</translation>
    </message>
    <message>
        <source>This ticket or its conversation is no longer yours to see on the hub.</source>
        <translation>您在服务器上已无法再查看此工单或其对话。</translation>
    </message>
    <message>
        <source>Give the ticket a subject of at most 255 characters.</source>
        <translation>请为工单填写不超过 255 个字符的主题。</translation>
    </message>
    <message>
        <source>This conversation is a ticket already.</source>
        <translation>此对话已经是工单。</translation>
    </message>
    <message>
        <source>That agent no longer exists, is inactive or cannot change anything; choose another.</source>
        <translation>该客服已不存在、已停用或无法更改任何内容，请选择其他人。</translation>
    </message>
    <message>
        <source>A comment has 1 to 10,000 characters.</source>
        <translation>评论长度为 1 到 10,000 个字符。</translation>
    </message>
    <message>
        <source>This ticket has as many comments as a ticket keeps.</source>
        <translation>此工单的评论数已达上限。</translation>
    </message>
    <message>
        <source>A label&apos;s name has 1 to 40 characters.</source>
        <translation>标签名称为 1 到 40 个字符。</translation>
    </message>
    <message>
        <source>Choose a colour for the label.</source>
        <translation>请为标签选择颜色。</translation>
    </message>
    <message>
        <source>There is already a label of that name.</source>
        <translation>已有同名标签。</translation>
    </message>
    <message>
        <source>That label no longer exists; choose another one.</source>
        <translation>该标签已不存在，请选择其他标签。</translation>
    </message>
    <message>
        <source>That team no longer exists; choose another one.</source>
        <translation>该团队已不存在，请选择其他团队。</translation>
    </message>
    <message>
        <source>Choose a time still to come.</source>
        <translation>请选择一个将来的时间。</translation>
    </message>
    <message>
        <source>The code is the 6 digits WhatsApp sent, nothing else.</source>
        <translation>验证码是 WhatsApp 发送的 6 位数字，不含其他字符。</translation>
    </message>
    <message>
        <source>The PIN is 6 digits.</source>
        <translation>PIN 为 6 位数字。</translation>
    </message>
    <message>
        <source>WhatsApp cannot send the code in this language.</source>
        <translation>WhatsApp 无法以此语言发送验证码。</translation>
    </message>
    <message>
        <source>Activate or connect this WhatsApp number before registering it.</source>
        <translation>请先启用或连接此 WhatsApp 号码，再进行注册。</translation>
    </message>
    <message>
        <source>Paste the access token exactly as Meta shows it.</source>
        <translation>请按 Meta 显示的原样粘贴访问令牌。</translation>
    </message>
    <message>
        <source>A view&apos;s name has 1 to 60 characters.</source>
        <translation>视图名称为 1 到 60 个字符。</translation>
    </message>
    <message>
        <source>The hub cannot run this view&apos;s filter. Change it and save again.</source>
        <translation>服务器无法运行此视图的筛选条件。请修改后重新保存。</translation>
    </message>
    <message>
        <source>This view is shared with the team; only admins change it.</source>
        <translation>此视图已与团队共享，只有管理员可以修改。</translation>
    </message>
    <message>
        <source>You have as many saved views as the hub keeps (50). Delete one first.</source>
        <translation>您保存的视图已达到服务器的上限（50 个）。请先删除一个。</translation>
    </message>
    <message>
        <source>Each condition needs a field and, to compare, a value (at most 10 conditions).</source>
        <translation>每个条件需要一个字段，比较时还需要一个值（最多 10 个条件）。</translation>
    </message>
    <message>
        <source>&quot;Changes to&quot; and &quot;changed&quot; only work when a record is updated.</source>
        <translation>“变为”和“已更改”仅在记录更新时有效。</translation>
    </message>
    <message>
        <source>No reply waits from 1 to 720 hours.</source>
        <translation>无回复的等待时间为 1 到 720 小时。</translation>
    </message>
    <message>
        <source>Choose what the action sends, assigns or labels.</source>
        <translation>请选择该操作要发送、分配或标记的内容。</translation>
    </message>
    <message>
        <source>That agent, team or label does not exist any more.</source>
        <translation>该客服、团队或标签已不存在。</translation>
    </message>
    <message>
        <source>The record has no conversation to act on.</source>
        <translation>该记录没有可处理的对话。</translation>
    </message>
    <message>
        <source>Nothing to do: the conversation was like that already.</source>
        <translation>无需操作：对话已是该状态。</translation>
    </message>
    <message>
        <source>The change was made by this automation itself.</source>
        <translation>该更改是此自动化本身做出的。</translation>
    </message>
    <message>
        <source>Too many automations set each other off in a row.</source>
        <translation>连续相互触发的自动化过多。</translation>
    </message>
    <message>
        <source>The conditions did not hold.</source>
        <translation>条件不满足。</translation>
    </message>
    <message>
        <source>No active admin is left to act for the automation.</source>
        <translation>已没有可代表自动化执行操作的活跃管理员。</translation>
    </message>
    <message>
        <source>The hub stopped during this run.</source>
        <translation>本次运行期间服务器停止了。</translation>
    </message>
    <message>
        <source>You have muted too many conversations; unmute one first.</source>
        <translation>你静音的对话太多了，请先取消一个。</translation>
    </message>
    <message>
        <source>This quote or its record is no longer yours to see on the hub.</source>
        <translation>您已无法在服务器上查看此报价单或其记录。</translation>
    </message>
    <message>
        <source>This record has as many quotes as a record keeps.</source>
        <translation>此记录的报价单已达上限。</translation>
    </message>
    <message>
        <source>A survey template needs five quick-reply buttons, one for each score from 1 to 5.</source>
        <translation>调查模板需要五个快速回复按钮，1 到 5 分各一个。</translation>
    </message>
</context>
<context>
    <name>MediaBubble</name>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>贴纸</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>语音消息</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>MergePreview</name>
    <message>
        <source>Unknown field: %1</source>
        <translation>未知字段：%1</translation>
    </message>
    <message>
        <source>No %1 record for this conversation: %2</source>
        <translation>此对话没有关联的 %1 记录：%2</translation>
    </message>
    <message>
        <source>No value: %1</source>
        <translation>无值：%1</translation>
    </message>
    <message>
        <source>(no %1)</source>
        <translation>（无 %1）</translation>
    </message>
</context>
<context>
    <name>Module</name>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
</context>
<context>
    <name>RateCountry</name>
    <message>
        <source>United States and Canada</source>
        <translation>美国和加拿大</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>牙买加</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>英国</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>德国</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>墨西哥</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>巴西</translation>
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
        <translation>印度</translation>
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
        <translation>全名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Lead Source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <source>Lead Status</source>
        <translation>线索状态</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Account Name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Mailing City</source>
        <translation>邮寄城市</translation>
    </message>
    <message>
        <source>Mailing Country</source>
        <translation>邮寄国家/地区</translation>
    </message>
    <message>
        <source>Company Name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>员工人数</translation>
    </message>
    <message>
        <source>Deal Name</source>
        <translation>商机名称</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Closing Date</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>销售管道</translation>
    </message>
    <message>
        <source>Contact Name</source>
        <translation>联系人姓名</translation>
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
        <translation>信用点数不足：发送此消息需要 {cost} 个信用点数，当前余额为 {balance} 个信用点数。请购买信用点数或开启自动充值。</translation>
    </message>
    <message>
        <source>Credits can be bought once the channel&apos;s number is connected; it is {status} now.</source>
        <translation>渠道的号码连接后才能购买信用点数；该号码当前状态为：{status}。</translation>
    </message>
    <message>
        <source>Enter a whole number of credits to buy, from 1 to {max}.</source>
        <translation>请输入要购买的信用点数，须为 1 到 {max} 之间的整数。</translation>
    </message>
    <message>
        <source>Auto-recharge needs the number of credits to add, at least 1.</source>
        <translation>自动充值需要设置每次添加的信用点数，至少为 1。</translation>
    </message>
    <message>
        <source>The minimum balance to keep cannot be negative.</source>
        <translation>要保持的最低余额不能为负数。</translation>
    </message>
    <message>
        <source>During the trial, business-initiated messages can go to at most {limit} numbers; {number} would be one more. Verify your business to lift this.</source>
        <translation>试用期内，企业发起的消息最多只能发送给 {limit} 个号码，发送给 {number} 将超出此限制。完成企业验证即可解除限制。</translation>
    </message>
    <message>
        <source>During the trial you can reply in at most {limit} customer-initiated conversations. Verify your business to continue.</source>
        <translation>试用期内最多只能回复 {limit} 个客户发起的对话。请完成企业验证以继续使用。</translation>
    </message>
    <message>
        <source>The {days}-day trial has ended. Verify your business to keep sending messages.</source>
        <translation>{days} 天试用期已结束。请完成企业验证以继续发送消息。</translation>
    </message>
    <message>
        <source>The expanded trial&apos;s {limit} customer-initiated messages are used up. Choose a price plan to keep sending.</source>
        <translation>扩展试用的 {limit} 条客户发起消息已用完。请选择付费套餐以继续发送。</translation>
    </message>
    <message>
        <source>The value of one credit must be a positive amount in the plan&apos;s currency.</source>
        <translation>每个信用点数的价值必须是以套餐币种计的正数金额。</translation>
    </message>
    <message>
        <source>The price {price} is not in the plan&apos;s currency, {currency}.</source>
        <translation>价格 {price} 不是套餐所用的币种（{currency}）。</translation>
    </message>
    <message>
        <source>The price {price} is not a whole number of credits worth {credit} each. Use a smaller credit or round the price.</source>
        <translation>价格 {price} 无法折算为整数个信用点数（每个信用点数价值 {credit}）。请调低每个信用点数的价值，或将价格取整。</translation>
    </message>
    <message>
        <source>Session price steps must rise in message count and end with a price for all further messages.</source>
        <translation>会话阶梯价格须按消息数量递增，且最后一档须为之后所有消息设定价格。</translation>
    </message>
    <message>
        <source>The country prefix &quot;{prefix}&quot; must be digits and appear only once.</source>
        <translation>国家/地区代码“{prefix}”只能由数字组成，且不能重复。</translation>
    </message>
    <message>
        <source>A credit pack must hold at least one credit.</source>
        <translation>信用点数包至少须包含 1 个信用点数。</translation>
    </message>
    <message>
        <source>Enter a number from 1 to {max} for the period.</source>
        <translation>请为时间段输入 1 到 {max} 之间的数字。</translation>
    </message>
    <message>
        <source>Choose a user, or &quot;me&quot;, for this filter.</source>
        <translation>请为此筛选条件选择一位用户或“我”。</translation>
    </message>
    <message>
        <source>This saved view cannot be read: {detail}</source>
        <translation>无法读取此已保存的视图：{detail}</translation>
    </message>
    <message>
        <source>At most {max} files can be sent at once; {count} were chosen. Remove {files}.</source>
        <translation>一次最多只能发送 {max} 个文件，当前选择了 {count} 个。请移除 {files}。</translation>
    </message>
    <message>
        <source>{file} cannot be sent: only {allowed} files are allowed.</source>
        <translation>无法发送 {file}：仅支持 {allowed} 文件。</translation>
    </message>
    <message>
        <source>{file} cannot be sent: its name says {expected}, but its content is not a {expected} file.</source>
        <translation>无法发送 {file}：文件名显示为 {expected}，但其内容并非 {expected} 文件。</translation>
    </message>
    <message>
        <source>{file} is too large: WhatsApp accepts at most {maxMb} MB for this type of file.</source>
        <translation>{file} 过大：此类文件在 WhatsApp 中最大为 {maxMb} MB。</translation>
    </message>
    <message>
        <source>{file} is empty and cannot be sent.</source>
        <translation>{file} 是空文件，无法发送。</translation>
    </message>
    <message>
        <source>Give the channel a name.</source>
        <translation>请为渠道命名。</translation>
    </message>
    <message>
        <source>Choose the department that receives this channel&apos;s chats.</source>
        <translation>请选择接收此渠道聊天的部门。</translation>
    </message>
    <message>
        <source>{file} cannot be the channel icon: use a .jpg, .jpeg or .png image.</source>
        <translation>{file} 不能用作渠道图标：请使用 .jpg、.jpeg 或 .png 图片。</translation>
    </message>
    <message>
        <source>{file} is empty and cannot be the channel icon.</source>
        <translation>{file} 是空文件，不能用作渠道图标。</translation>
    </message>
    <message>
        <source>{file} is too large for the channel icon: at most {maxMb} MB is allowed.</source>
        <translation>{file} 过大，无法用作渠道图标：最大允许 {maxMb} MB。</translation>
    </message>
    <message>
        <source>Enter the channel&apos;s WhatsApp phone number.</source>
        <translation>请输入渠道的 WhatsApp 电话号码。</translation>
    </message>
    <message>
        <source>{number} is not a valid phone number: enter it with its country code, 8 to 15 digits, for example +55 11 91234 5678.</source>
        <translation>{number} 不是有效的电话号码：请输入带国家/地区代码的 8 到 15 位号码，例如 +86 138 0013 8000。</translation>
    </message>
    <message>
        <source>There are already {channels} channels for {departments} departments; a channel needs a department of its own. Add a department first.</source>
        <translation>目前已有 {channels} 个渠道，但只有 {departments} 个部门；每个渠道都需要一个专属部门。请先添加部门。</translation>
    </message>
    <message>
        <source>The number {number} is already connected as channel &quot;{channel}&quot;. A number can be connected only once, and moving a number from another channel or product is not supported.</source>
        <translation>号码 {number} 已作为渠道“{channel}”连接。每个号码只能连接一次，且不支持从其他渠道或产品迁移号码。</translation>
    </message>
    <message>
        <source>Enter the WhatsApp Business Account (WABA) id.</source>
        <translation>请输入 WhatsApp Business 账户（WABA）ID。</translation>
    </message>
    <message>
        <source>The WhatsApp Business Account id is a number, as shown in Meta&apos;s WhatsApp Manager.</source>
        <translation>WhatsApp Business 账户 ID 是一串数字，可在 Meta 的 WhatsApp 管理工具中查看。</translation>
    </message>
    <message>
        <source>Enter the phone number id from Meta&apos;s API setup page.</source>
        <translation>请输入 Meta API 设置页面上的电话号码 ID。</translation>
    </message>
    <message>
        <source>The phone number id is a number, as shown on Meta&apos;s API setup page (it is not the phone number itself).</source>
        <translation>电话号码 ID 是一串数字，可在 Meta 的 API 设置页面上查看（并非电话号码本身）。</translation>
    </message>
    <message>
        <source>Enter the Graph API access token.</source>
        <translation>请输入 Graph API 访问令牌。</translation>
    </message>
    <message>
        <source>Enter the Meta app secret; it is needed to verify incoming webhooks.</source>
        <translation>请输入 Meta 应用密钥，用于验证传入的 Webhook。</translation>
    </message>
    <message>
        <source>Enter a webhook verify token; Meta sends it back when the webhook is registered.</source>
        <translation>请输入 Webhook 验证令牌；注册 Webhook 时 Meta 会将其回传。</translation>
    </message>
    <message>
        <source>{field} is not a known field, so it cannot be filled. Check the module and field name.</source>
        <translation>{field} 不是已知字段，无法填充。请检查模块和字段名称。</translation>
    </message>
    <message>
        <source>{field} cannot be filled: this conversation has no {module} record.</source>
        <translation>无法填充 {field}：此对话没有关联的 {module} 记录。</translation>
    </message>
    <message>
        <source>{field} has no value on this record.</source>
        <translation>{field} 在此记录中没有值。</translation>
    </message>
    <message>
        <source>The 24-hour window closed {closedAgo} ago. Send an approved template instead; a new window opens when the customer answers.</source>
        <translation>24 小时回复窗口已于 {closedAgo} 前关闭。请改为发送已批准的消息模板；客户回复后将开启新的窗口。</translation>
    </message>
    <message>
        <source>This customer has not written yet. Only an approved template can start the conversation; free-form replies are possible once they answer.</source>
        <translation>该客户尚未发来消息。只能使用已批准的消息模板发起对话；客户回复后即可自由回复。</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>请为模板命名。</translation>
    </message>
    <message>
        <source>The template name has {length} characters; WhatsApp allows at most {max}.</source>
        <translation>模板名称有 {length} 个字符；WhatsApp 最多允许 {max} 个。</translation>
    </message>
    <message>
        <source>The template name may only contain lowercase letters a-z, digits and underscores: no capitals, spaces or hyphens.</source>
        <translation>模板名称只能包含小写字母 a-z、数字和下划线，不能包含大写字母、空格或连字符。</translation>
    </message>
    <message>
        <source>Choose the template&apos;s language.</source>
        <translation>请选择模板语言。</translation>
    </message>
    <message>
        <source>The category must be Marketing or Utility.</source>
        <translation>类别必须为“营销”或“通知”。</translation>
    </message>
    <message>
        <source>The template body is empty.</source>
        <translation>模板正文为空。</translation>
    </message>
    <message>
        <source>The body may not contain double braces; insert fields with # instead.</source>
        <translation>正文中不能包含双花括号；请改用 # 插入字段。</translation>
    </message>
    <message>
        <source>The body has {length} characters; the limit is {max}.</source>
        <translation>正文有 {length} 个字符，上限为 {max} 个。</translation>
    </message>
    <message>
        <source>The body has {count} merge fields; the limit is {max}.</source>
        <translation>正文有 {count} 个合并字段，上限为 {max} 个。</translation>
    </message>
    <message>
        <source>{field} is not a field of {module}; insert fields with # to pick one.</source>
        <translation>{field} 不是 {module} 模块的字段；请使用 # 插入并选择字段。</translation>
    </message>
    <message>
        <source>{first} and {second} have no text between them, which WhatsApp rejects. Add some words between them.</source>
        <translation>{first} 和 {second} 之间没有文字，WhatsApp 会拒绝此类模板。请在两者之间添加一些文字。</translation>
    </message>
    <message>
        <source>The body starts or ends with {field}, which WhatsApp rejects. Add some words before or after it.</source>
        <translation>正文以 {field} 开头或结尾，WhatsApp 会拒绝此类模板。请在其前面或后面添加一些文字。</translation>
    </message>
    <message>
        <source>The account already has {count} templates (pending, approved or rejected); the limit is {max}. Delete one before submitting another.</source>
        <translation>该账户已有 {count} 个模板（包括待审核、已批准和已拒绝的模板），上限为 {max} 个。请先删除一个模板再提交新模板。</translation>
    </message>
    <message>
        <source>This template is in review with WhatsApp and cannot be edited until the review ends.</source>
        <translation>此模板正在接受 WhatsApp 审核，审核结束前无法编辑。</translation>
    </message>
    <message>
        <source>This template is approved and can no longer be edited; create a new one instead.</source>
        <translation>此模板已获批准，无法再编辑；请新建一个模板。</translation>
    </message>
    <message>
        <source>The template {name} is not approved by WhatsApp, so it cannot be sent.</source>
        <translation>模板 {name} 未获 WhatsApp 批准，无法发送。</translation>
    </message>
    <message>
        <source>The About text has {length} characters; the limit is {max}.</source>
        <translation>“简介”有 {length} 个字符，上限为 {max}。</translation>
    </message>
    <message>
        <source>The description has {length} characters; the limit is {max}.</source>
        <translation>描述有 {length} 个字符，上限为 {max}。</translation>
    </message>
    <message>
        <source>The address has {length} characters; the limit is {max}.</source>
        <translation>地址有 {length} 个字符，上限为 {max}。</translation>
    </message>
    <message>
        <source>The email has {length} characters; the limit is {max}.</source>
        <translation>邮箱有 {length} 个字符，上限为 {max}。</translation>
    </message>
    <message>
        <source>{email} is not a valid email address.</source>
        <translation>{email} 不是有效的邮箱地址。</translation>
    </message>
    <message>
        <source>{count} websites were given; WhatsApp shows at most {max}.</source>
        <translation>填写了 {count} 个网站，WhatsApp 最多显示 {max} 个。</translation>
    </message>
    <message>
        <source>A website has {length} characters; the limit is {max}.</source>
        <translation>有一个网站有 {length} 个字符，上限为 {max}。</translation>
    </message>
    <message>
        <source>{url} must start with http:// or https://.</source>
        <translation>{url} 必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>{vertical} is not a WhatsApp business category.</source>
        <translation>{vertical} 不是 WhatsApp 的企业类别。</translation>
    </message>
    <message>
        <source>Quotes belong to leads, contacts and deals only.</source>
        <translation>报价单只属于线索、联系人和交易。</translation>
    </message>
    <message>
        <source>Give the quote a title of 1 to {max} characters.</source>
        <translation>请为报价单填写 1 到 {max} 个字符的标题。</translation>
    </message>
    <message>
        <source>Choose one of the listed currencies for the quote.</source>
        <translation>请为报价单选择列表中的一种货币。</translation>
    </message>
    <message>
        <source>A quote has 1 to {max} line items.</source>
        <translation>报价单有 1 到 {max} 个明细项目。</translation>
    </message>
    <message>
        <source>Line {item}: describe the item in 1 to {max} characters.</source>
        <translation>第 {item} 行：请用 1 到 {max} 个字符描述项目。</translation>
    </message>
    <message>
        <source>Line {item}: the quantity is more than 0 and at most 1,000,000.</source>
        <translation>第 {item} 行：数量须大于 0 且不超过 1,000,000。</translation>
    </message>
    <message>
        <source>Line {item}: the unit price is 0 or more, within bounds.</source>
        <translation>第 {item} 行：单价须为 0 或以上，且在限额之内。</translation>
    </message>
    <message>
        <source>Line {item}: discount and tax are percentages from 0 to 100.</source>
        <translation>第 {item} 行：折扣和税率是 0 到 100 的百分比。</translation>
    </message>
    <message>
        <source>The quote must be valid until a day on or after its date, at most ten years ahead.</source>
        <translation>报价单的有效期须在其日期当天或之后，且不超过十年。</translation>
    </message>
    <message>
        <source>The quote&apos;s notes have at most {max} characters.</source>
        <translation>报价单备注最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>Only a draft quote can be edited; this one was sent.</source>
        <translation>只能编辑草稿报价单；此报价单已发送。</translation>
    </message>
    <message>
        <source>A quote cannot change from {from} to {to}.</source>
        <translation>报价单不能从 {from} 变为 {to}。</translation>
    </message>
    <message>
        <source>Write the header text, or choose no header.</source>
        <translation>请填写页眉文字，或选择不要页眉。</translation>
    </message>
    <message>
        <source>The header has {length} characters; the limit is {max}.</source>
        <translation>页眉有 {length} 个字符；上限为 {max}。</translation>
    </message>
    <message>
        <source>A header may hold one variable, written {{1}}, and nothing else in double braces.</source>
        <translation>页眉最多可包含一个变量，写作 {{1}}，双花括号中不能有其他内容。</translation>
    </message>
    <message>
        <source>Give a sample value for the header&apos;s {{1}}; WhatsApp&apos;s review needs it.</source>
        <translation>请为页眉的 {{1}} 提供示例值；WhatsApp 审核需要它。</translation>
    </message>
    <message>
        <source>Upload a sample image, video or document for the header; WhatsApp&apos;s review needs it.</source>
        <translation>请为页眉上传示例图片、视频或文档；WhatsApp 审核需要它。</translation>
    </message>
    <message>
        <source>The footer has {length} characters; the limit is {max}.</source>
        <translation>页脚有 {length} 个字符；上限为 {max}。</translation>
    </message>
    <message>
        <source>The footer is fixed text: it cannot hold variables.</source>
        <translation>页脚是固定文字，不能包含变量。</translation>
    </message>
    <message>
        <source>The template has {count} buttons; the limit is {max}.</source>
        <translation>模板有 {count} 个按钮；上限为 {max}。</translation>
    </message>
    <message>
        <source>The template has {count} quick reply buttons; the limit is {max}.</source>
        <translation>模板有 {count} 个快速回复按钮；上限为 {max}。</translation>
    </message>
    <message>
        <source>The template has {count} link buttons; the limit is {max}.</source>
        <translation>模板有 {count} 个链接按钮；上限为 {max}。</translation>
    </message>
    <message>
        <source>The template has {count} call buttons; the limit is {max}.</source>
        <translation>模板有 {count} 个拨号按钮；上限为 {max}。</translation>
    </message>
    <message>
        <source>Quick reply buttons must be next to each other, before or after the link and call buttons.</source>
        <translation>快速回复按钮必须相邻，放在链接和拨号按钮之前或之后。</translation>
    </message>
    <message>
        <source>Button {number} has no label.</source>
        <translation>按钮 {number} 没有标签。</translation>
    </message>
    <message>
        <source>The label of button {number} has {length} characters; the limit is {max}.</source>
        <translation>按钮 {number} 的标签有 {length} 个字符；上限为 {max}。</translation>
    </message>
    <message>
        <source>Button {number} needs a web address starting with https:// or http://; it may end in {{1}} and hold no other variable.</source>
        <translation>按钮 {number} 需要以 https:// 或 http:// 开头的网址；网址可以以 {{1}} 结尾，不能包含其他变量。</translation>
    </message>
    <message>
        <source>Give a sample ending for the address of button {number}; WhatsApp&apos;s review needs it.</source>
        <translation>请为按钮 {number} 的网址提供示例结尾；WhatsApp 审核需要它。</translation>
    </message>
    <message>
        <source>Button {number} needs a phone number with its country code, like +5511987650001 (at most {max} characters).</source>
        <translation>按钮 {number} 需要带国家代码的电话号码，例如 +5511987650001（最多 {max} 个字符）。</translation>
    </message>
    <message>
        <source>Give the value of the template&apos;s header.</source>
        <translation>请填写模板页眉的值。</translation>
    </message>
    <message>
        <source>The header value must be one line of at most {max} characters.</source>
        <translation>页眉的值必须是一行，最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>The header needs a link to the file, starting with https://.</source>
        <translation>页眉需要以 https:// 开头的文件链接。</translation>
    </message>
    <message>
        <source>Give the ending of the address of the template&apos;s link button {number}.</source>
        <translation>请填写模板链接按钮 {number} 的网址结尾。</translation>
    </message>
    <message>
        <source>This template has no header or link values to fill.</source>
        <translation>此模板没有需要填写的页眉或链接值。</translation>
    </message>
    <message>
        <source>A country is its calling code: 1 to {max} digits, not starting with 0 (55 for Brazil, 1876 for Jamaica).</source>
        <translation>国家以国际区号表示：1 到 {max} 位数字，不以 0 开头（巴西为 55，牙买加为 1876）。</translation>
    </message>
    <message>
        <source>A price is for marketing, utility, authentication or service messages.</source>
        <translation>价格适用于营销、通知、身份验证或服务消息。</translation>
    </message>
    <message>
        <source>A price is from 0 to {max} per message.</source>
        <translation>价格为每条消息 0 到 {max}。</translation>
    </message>
    <message>
        <source>A country&apos;s name is one line of at most {max} characters.</source>
        <translation>国家名称为一行，最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>A plan&apos;s rate table holds at most {max} countries.</source>
        <translation>一个套餐的费率表最多包含 {max} 个国家。</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>New chat…</source>
        <translation>新建聊天…</translation>
    </message>
    <message>
        <source>Predefined texts…</source>
        <translation>预设文本…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Administration…</source>
        <translation>管理…</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>发送回复</translation>
    </message>
    <message>
        <source>Insert a predefined text…</source>
        <translation>插入预设文本…</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>分配给我</translation>
    </message>
    <message>
        <source>Conversation actions (assign to, notes, activities)…</source>
        <translation>对话操作（分配、备注、活动）…</translation>
    </message>
    <message>
        <source>Close (resolve) or reopen the conversation</source>
        <translation>关闭（解决）或重新打开对话</translation>
    </message>
    <message>
        <source>Snooze…</source>
        <translation>稍后提醒…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>筛选…</translation>
    </message>
    <message>
        <source>Go to conversation…</source>
        <translation>转到对话…</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>下一个对话</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>上一个对话</translation>
    </message>
    <message>
        <source>Next unread conversation</source>
        <translation>下一个未读对话</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>对话(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Reply to the chosen message</source>
        <translation>回复所选消息</translation>
    </message>
    <message>
        <source>React to the chosen message…</source>
        <translation>回应所选消息…</translation>
    </message>
    <message>
        <source>Records (leads, contacts, companies, deals)…</source>
        <translation>记录（线索、联系人、公司、交易）…</translation>
    </message>
</context>
<context>
    <name>TemplatePreview</name>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
</context>
<context>
    <name>TemplateReason</name>
    <message>
        <source>wrong category</source>
        <translation>类别错误</translation>
    </message>
    <message>
        <source>invalid format</source>
        <translation>格式无效</translation>
    </message>
    <message>
        <source>the language or category does not match the content</source>
        <translation>语言或类别与内容不符</translation>
    </message>
    <message>
        <source>promotional content</source>
        <translation>包含推广内容</translation>
    </message>
    <message>
        <source>abusive content</source>
        <translation>包含不当内容</translation>
    </message>
    <message>
        <source>looks like spam or a scam</source>
        <translation>疑似垃圾信息或诈骗</translation>
    </message>
    <message>
        <source>this category is not available to the account</source>
        <translation>该账户无法使用此类别</translation>
    </message>
</context>
<context>
    <name>TemplateSample</name>
    <message>
        <source>Ana</source>
        <translation>芳</translation>
    </message>
    <message>
        <source>Silva</source>
        <translation>王</translation>
    </message>
    <message>
        <source>Ana Silva</source>
        <translation>王芳</translation>
    </message>
    <message>
        <source>Acme Trading</source>
        <translation>艾克米贸易</translation>
    </message>
    <message>
        <source>São Paulo</source>
        <translation>上海</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>官网</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <source>Purchasing manager</source>
        <translation>采购经理</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>零售</translation>
    </message>
    <message>
        <source>Spring order</source>
        <translation>春季订单</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>谈判</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
</context>
<context>
    <name>TicketTexts</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>On Hold</source>
        <translation>搁置</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
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
        <translation>紧急</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>客服 %1</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>任意优先级</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>WhatsApp Business inbox</source>
        <translation>WhatsApp Business 收件箱</translation>
    </message>
    <message>
        <source>The hub&apos;s address.</source>
        <translation>服务器地址。</translation>
    </message>
    <message>
        <source>Your login.</source>
        <translation>您的登录名。</translation>
    </message>
    <message>
        <source>Read the password from a file (for scripts).</source>
        <translation>从文件读取密码（用于脚本）。</translation>
    </message>
    <message>
        <source>Parley is already running but does not respond. Close it and try again.</source>
        <translation>Parley 已在运行，但没有响应。请先关闭它，然后重试。</translation>
    </message>
</context>
<context>
    <name>parley::ui</name>
    <message>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Auto-recharge</source>
        <translation>自动充值</translation>
    </message>
    <message>
        <source>Message charge</source>
        <translation>消息扣费</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Session message</source>
        <translation>会话消息</translation>
    </message>
    <message>
        <source>Template message</source>
        <translation>模板消息</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>身份验证</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>pending verification</source>
        <translation>待验证</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>已断开连接</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>View and reply</source>
        <translation>查看并回复</translation>
    </message>
    <message>
        <source>View only</source>
        <translation>仅查看</translation>
    </message>
    <message>
        <source>IM credit</source>
        <translation>IM 信用点数</translation>
    </message>
    <message>
        <source>point</source>
        <translation>点数包</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>QUOTE</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>致</translation>
    </message>
    <message>
        <source>Quote number</source>
        <translation>报价单编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Amounts in %1. This quote is valid until %2.</source>
        <translation>金额单位：%1。本报价单有效期至%2。</translation>
    </message>
    <message>
        <source>Quote %1.pdf</source>
        <translation>报价单 %1.pdf</translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation>报价单 %1</translation>
    </message>
    <message>
        <source>%1 · Page %2 of %3</source>
        <translation>%1 · 第 %2 页，共 %3 页</translation>
    </message>
    <message>
        <source>Other countries</source>
        <translation>其他国家/地区</translation>
    </message>
    <message>
        <source>Sold in packs of %1 credits for %2.</source>
        <translation>按包出售：每包 %1 个信用点数，价格 %2。</translation>
    </message>
    <message>
        <source>Sold in packs of %1 credits (1 %2) for %3.</source>
        <translation>按包出售：每包 %1 个信用点数（1 %2），价格 %3。</translation>
    </message>
    <message>
        <source>× %1 credits = %2 credits for %3</source>
        <translation>× %1 个信用点数 = %2 个信用点数，价格 %3</translation>
    </message>
    <message>
        <source>× %1 = %2 credits for %3</source>
        <translation>× %1 = %2 个信用点数，价格 %3</translation>
    </message>
</context>
<context>
    <name>parley::ui::ActivityDialog</name>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>要做什么</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
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
        <translation>模板</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>信用点数</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>满意度调查</translation>
    </message>
</context>
<context>
    <name>parley::ui::AttachmentListModel</name>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>发送者</translation>
    </message>
</context>
<context>
    <name>parley::ui::AttachmentSender</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>You have view-only access and cannot send.</source>
        <translation>您只有查看权限，无法发送消息。</translation>
    </message>
    <message>
        <source>WhatsApp takes no caption on audio files such as %1. Send the audio without text, then the text as a message of its own.</source>
        <translation>WhatsApp 不接受音频文件（如 %1）附带说明文字。请先发送不带文字的音频，再将文字作为单独的消息发送。</translation>
    </message>
    <message>
        <source>A caption has at most %1 characters.</source>
        <translation>说明文字最多 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>parley::ui::AttachmentsTab</name>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Show in chat</source>
        <translation>在聊天中显示</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Choose a conversation in the list to see the files sent in it.</source>
        <translation>在列表中选择一个对话，即可查看其中发送的文件。</translation>
    </message>
    <message>
        <source>No files in this conversation yet.</source>
        <translation>此对话中还没有文件。</translation>
    </message>
    <message>
        <source>No files of this kind in this conversation.</source>
        <translation>此对话中没有此类文件。</translation>
    </message>
</context>
<context>
    <name>parley::ui::AudioPlayer</name>
    <message>
        <source>This audio cannot be played: %1</source>
        <translation>无法播放此音频：%1</translation>
    </message>
    <message>
        <source>No audio output on this computer</source>
        <translation>此电脑没有音频输出设备</translation>
    </message>
</context>
<context>
    <name>parley::ui::AutomationConditions</name>
    <message>
        <source>Add condition</source>
        <translation>添加条件</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>删除条件</translation>
    </message>
    <message>
        <source>Condition field</source>
        <translation>条件字段</translation>
    </message>
    <message>
        <source>Condition operator</source>
        <translation>条件运算符</translation>
    </message>
    <message>
        <source>Condition value</source>
        <translation>条件值</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Conditions (all must hold)</source>
        <translation>条件（须全部满足）</translation>
    </message>
    <message>
        <source>is</source>
        <translation>等于</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>不等于</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>changes to</source>
        <translation>变为</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>不为空</translation>
    </message>
</context>
<context>
    <name>parley::ui::AutomationDialog</name>
    <message>
        <source>New automation</source>
        <translation>新建自动化规则</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>From the WhatsApp number:</source>
        <translation>发送号码（WhatsApp）：</translation>
    </message>
    <message>
        <source>It goes to the record&apos;s Mobile, or else its Phone, and is charged like any template.</source>
        <translation>消息将发送到记录的手机号码，若无则发送到电话号码，并按普通模板消息计费。</translation>
    </message>
    <message>
        <source>No connected WhatsApp number.</source>
        <translation>没有已连接的 WhatsApp 号码。</translation>
    </message>
    <message>
        <source>No approved template for %1 yet.</source>
        <translation>%1 模块暂无已批准的消息模板。</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>A record is created</source>
        <translation>创建记录时</translation>
    </message>
    <message>
        <source>A record is updated</source>
        <translation>更新记录时</translation>
    </message>
    <message>
        <source>A conversation is closed</source>
        <translation>对话关闭时</translation>
    </message>
    <message>
        <source>The customer waits for a reply</source>
        <translation>客户等待回复时</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Send a template</source>
        <translation>发送模板</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Add a label</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Close the conversation</source>
        <translation>关闭对话</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>无团队</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>当：</translation>
    </message>
    <message>
        <source>Records of:</source>
        <translation>记录类型：</translation>
    </message>
    <message>
        <source>Waiting at least:</source>
        <translation>至少等待：</translation>
    </message>
    <message>
        <source>If:</source>
        <translation>如果：</translation>
    </message>
    <message>
        <source>Then:</source>
        <translation>则：</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>客服：</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>团队：</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>It goes to the conversation and is charged like any template.</source>
        <translation>它会发送到对话中，并像其他模板一样计费。</translation>
    </message>
    <message>
        <source>It acts on the record&apos;s newest conversation.</source>
        <translation>作用于该记录最新的对话。</translation>
    </message>
    <message>
        <source>No approved template yet.</source>
        <translation>尚无已批准的模板。</translation>
    </message>
    <message>
        <source>Choose an agent or a team.</source>
        <translation>请选择客服或团队。</translation>
    </message>
    <message>
        <source>No label yet: an admin creates labels first.</source>
        <translation>尚无标签：需先由管理员创建标签。</translation>
    </message>
</context>
<context>
    <name>parley::ui::AutomationPanel</name>
    <message>
        <source>Add automation…</source>
        <translation>添加自动化规则…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <source>Template %1</source>
        <translation>模板 %1</translation>
    </message>
    <message>
        <source>Number %1</source>
        <translation>号码 %1</translation>
    </message>
    <message>
        <source>Automations</source>
        <translation>自动化</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时机</translation>
    </message>
    <message>
        <source>If</source>
        <translation>如果</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>则</translation>
    </message>
    <message>
        <source>&lt;b&gt;Automations&lt;/b&gt;: when something happens, if its fields match, the hub acts</source>
        <translation>&lt;b&gt;自动化&lt;/b&gt;：发生某事且字段匹配时，由服务器执行操作</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Run log</source>
        <translation>运行日志</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>Send %1 from %2</source>
        <translation>从 %2 发送 %1</translation>
    </message>
    <message>
        <source>Send %1</source>
        <translation>发送 %1</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>客服 %1</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>团队 %1</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>分配给 %1</translation>
    </message>
    <message>
        <source>Add the label %1</source>
        <translation>添加标签 %1</translation>
    </message>
    <message>
        <source>Close the conversation</source>
        <translation>关闭对话</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 且 </translation>
    </message>
</context>
<context>
    <name>parley::ui::AutomationRunLog</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Older runs</source>
        <translation>更早的运行</translation>
    </message>
    <message>
        <source>Automation runs</source>
        <translation>自动化运行记录</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>自动化</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发条件</translation>
    </message>
    <message>
        <source>On</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>记录已创建</translation>
    </message>
    <message>
        <source>Record updated</source>
        <translation>记录已更新</translation>
    </message>
    <message>
        <source>Conversation closed</source>
        <translation>对话已关闭</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>无回复</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Record #%1</source>
        <translation>记录 #%1</translation>
    </message>
    <message>
        <source>Conversation #%1</source>
        <translation>对话 #%1</translation>
    </message>
</context>
<context>
    <name>parley::ui::BubbleTexts</name>
    <message>
        <source>Deleted message</source>
        <translation>已删除的消息</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>联系人名片</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Sent from the WhatsApp Business app</source>
        <translation>从 WhatsApp Business 应用发送</translation>
    </message>
    <message>
        <source>Forwarded many times</source>
        <translation>多次转发</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>已转发</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>An earlier message</source>
        <translation>一条较早的消息</translation>
    </message>
    <message>
        <source>Came from an ad</source>
        <translation>来自广告</translation>
    </message>
    <message>
        <source>Came from an ad: %1</source>
        <translation>来自广告：%1</translation>
    </message>
    <message>
        <source>Open the ad</source>
        <translation>打开广告</translation>
    </message>
    <message>
        <source>📞 Call from the customer</source>
        <translation>📞 客户来电</translation>
    </message>
    <message>
        <source>📞 Call to the customer</source>
        <translation>📞 致电客户</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · not answered</source>
        <translation>%1 · 未接听</translation>
    </message>
    <message>
        <source>🚫 The customer deleted this message.</source>
        <translation>🚫 客户删除了这条消息。</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>原内容：%1</translation>
    </message>
    <message>
        <source>Open map</source>
        <translation>打开地图</translation>
    </message>
    <message>
        <source>%1 contact cards</source>
        <translation>%1 张联系人名片</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source> · on WhatsApp</source>
        <translation> · 使用 WhatsApp</translation>
    </message>
    <message>
        <source>Start WhatsApp chat</source>
        <translation>发起 WhatsApp 聊天</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>%1 × %2 · %3 each</source>
        <translation>%1 × %2 · 单价 %3</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>Form answers</source>
        <translation>表单回答</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Chose: %1</source>
        <translation>选择了：%1</translation>
    </message>
    <message>
        <source>A kind of message Parley cannot show</source>
        <translation>Parley 无法显示的消息类型</translation>
    </message>
    <message>
        <source>WhatsApp gave no reason.</source>
        <translation>WhatsApp 未给出原因。</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>Earlier versions:</source>
        <translation>较早的版本：</translation>
    </message>
    <message>
        <source>• %1 (until %2)</source>
        <translation>• %1（至 %2）</translation>
    </message>
    <message>
        <source>The customer reacted %1</source>
        <translation>客户回应了 %1</translation>
    </message>
    <message>
        <source>The team reacted %1</source>
        <translation>团队回应了 %1</translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <translation>回复 %1</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>%1 unassigned this conversation</source>
        <translation>%1 取消了此对话的分配</translation>
    </message>
    <message>
        <source>%1 assigned this conversation to %2</source>
        <translation>%1 将此对话分配给了 %2</translation>
    </message>
    <message>
        <source>an agent</source>
        <translation>一位客服</translation>
    </message>
    <message>
        <source>%1 closed this conversation</source>
        <translation>%1 关闭了此对话</translation>
    </message>
    <message>
        <source>%1 reopened this conversation</source>
        <translation>%1 重新打开了此对话</translation>
    </message>
    <message>
        <source>%1 set the status to %2</source>
        <translation>%1 将状态设为 %2</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>文档：%1</translation>
    </message>
</context>
<context>
    <name>parley::ui::ChannelEditor</name>
    <message>
        <source>Connect a WhatsApp number</source>
        <translation>连接 WhatsApp 号码</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>渠道 %1</translation>
    </message>
    <message>
        <source>Choose icon…</source>
        <translation>选择图标…</translation>
    </message>
    <message>
        <source>+55 11 91234 5678</source>
        <translation>+86 138 0013 8000</translation>
    </message>
    <message>
        <source>Icon (.jpg or .png, at most 1 MB):</source>
        <translation>图标（.jpg 或 .png，最大 1 MB）：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>WhatsApp number:</source>
        <translation>WhatsApp 号码：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Channel icon</source>
        <translation>渠道图标</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>WhatsApp Cloud API</source>
        <translation>WhatsApp Cloud API</translation>
    </message>
    <message>
        <source>WhatsApp Business Account id:</source>
        <translation>WhatsApp Business 账户 ID：</translation>
    </message>
    <message>
        <source>Phone number id:</source>
        <translation>电话号码 ID：</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>访问令牌：</translation>
    </message>
    <message>
        <source>App secret:</source>
        <translation>应用密钥：</translation>
    </message>
    <message>
        <source>Graph API address:</source>
        <translation>Graph API 地址：</translation>
    </message>
    <message>
        <source>Webhook: paste these into Meta&apos;s app dashboard</source>
        <translation>Webhook：请将以下内容粘贴到 Meta 应用面板中</translation>
    </message>
    <message>
        <source>Callback URL:</source>
        <translation>回调 URL：</translation>
    </message>
    <message>
        <source>Verify token:</source>
        <translation>验证令牌：</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Add new customers as:</source>
        <translation>新客户添加为：</translation>
    </message>
    <message>
        <source>Close unanswered chats after:</source>
        <translation>未应答聊天自动关闭时间：</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>This number still has to be registered on WhatsApp</source>
        <translation>此号码尚需在 WhatsApp 上注册</translation>
    </message>
</context>
<context>
    <name>parley::ui::ChannelProfileDialog</name>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>汽车</translation>
    </message>
    <message>
        <source>Beauty, spa and salon</source>
        <translation>美容、水疗与美发</translation>
    </message>
    <message>
        <source>Clothing and apparel</source>
        <translation>服装与服饰</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation>娱乐</translation>
    </message>
    <message>
        <source>Event planning and service</source>
        <translation>活动策划与服务</translation>
    </message>
    <message>
        <source>Finance and banking</source>
        <translation>金融与银行</translation>
    </message>
    <message>
        <source>Food and grocery</source>
        <translation>食品与杂货</translation>
    </message>
    <message>
        <source>Public service</source>
        <translation>公共服务</translation>
    </message>
    <message>
        <source>Hotel and lodging</source>
        <translation>酒店与住宿</translation>
    </message>
    <message>
        <source>Medical and health</source>
        <translation>医疗与健康</translation>
    </message>
    <message>
        <source>Non-profit</source>
        <translation>非营利组织</translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation>专业服务</translation>
    </message>
    <message>
        <source>Shopping and retail</source>
        <translation>购物与零售</translation>
    </message>
    <message>
        <source>Travel and transportation</source>
        <translation>旅行与交通</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation>餐厅</translation>
    </message>
    <message>
        <source>Not a business</source>
        <translation>非企业</translation>
    </message>
    <message>
        <source>Business profile of %1</source>
        <translation>%1 的企业资料</translation>
    </message>
    <message>
        <source>%1 — the name customers see is changed in WhatsApp Manager and takes effect only after Meta reviews it.</source>
        <translation>%1 — 客户看到的名称需在 WhatsApp 管理工具中修改，经 Meta 审核后才会生效。</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>显示名称：</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>简介：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>邮箱：</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>网站：</translation>
    </message>
    <message>
        <source>Second website:</source>
        <translation>第二个网站：</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 / %2 个字符</translation>
    </message>
</context>
<context>
    <name>parley::ui::ChannelReceiptBox</name>
    <message>
        <source>Read receipts to the customer are sent when</source>
        <translation>向客户发送已读回执的时机：</translation>
    </message>
    <message>
        <source>Who sends read receipts</source>
        <translation>谁发送已读回执</translation>
    </message>
    <message>
        <source>the owner reads the conversation (anyone while it is unassigned)</source>
        <translation>负责人阅读对话时（未分配时任何人阅读均可）</translation>
    </message>
    <message>
        <source>any agent reads the conversation</source>
        <translation>任何客服阅读对话时</translation>
    </message>
</context>
<context>
    <name>parley::ui::ChannelRegistrationDialog</name>
    <message>
        <source>Text message (SMS)</source>
        <translation>短信 (SMS)</translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation>语音电话</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>发送验证码</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>注册</translation>
    </message>
    <message>
        <source>Register %1</source>
        <translation>注册 %1</translation>
    </message>
    <message>
        <source>Language of the code</source>
        <translation>验证码语言</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>再次输入 PIN</translation>
    </message>
    <message>
        <source>WhatsApp sends a 6-digit code to +%1. The phone must be able to receive a text message or a call on this number.</source>
        <translation>WhatsApp 会向 +%1 发送 6 位验证码。该号码的电话必须能接收短信或来电。</translation>
    </message>
    <message>
        <source>1. Get a code</source>
        <translation>1. 获取验证码</translation>
    </message>
    <message>
        <source>Send by</source>
        <translation>发送方式</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>2. Enter the code</source>
        <translation>2. 输入验证码</translation>
    </message>
    <message>
        <source>3. Choose a PIN</source>
        <translation>3. 设置 PIN</translation>
    </message>
    <message>
        <source>Two-step verification: WhatsApp asks for this 6-digit PIN whenever the number is registered again. Keep it safe.</source>
        <translation>两步验证：每次重新注册此号码时，WhatsApp 都会要求输入这个 6 位 PIN。请妥善保管。</translation>
    </message>
    <message>
        <source>WhatsApp is calling +%1 with the code.</source>
        <translation>WhatsApp 正在致电 +%1 告知验证码。</translation>
    </message>
    <message>
        <source>WhatsApp sent the code to +%1 by text message.</source>
        <translation>WhatsApp 已通过短信将验证码发送至 +%1。</translation>
    </message>
    <message>
        <source>The code is right. Now choose the PIN.</source>
        <translation>验证码正确。现在请设置 PIN。</translation>
    </message>
</context>
<context>
    <name>parley::ui::ChannelRoutingBox</name>
    <message>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Everyone who can reply</source>
        <translation>所有可回复的人员</translation>
    </message>
    <message>
        <source>Chosen users</source>
        <translation>指定用户</translation>
    </message>
    <message>
        <source>Members of chosen groups</source>
        <translation>指定分组的成员</translation>
    </message>
    <message>
        <source>Chosen roles</source>
        <translation>指定角色</translation>
    </message>
    <message>
        <source>Admins</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Agents who view and reply</source>
        <translation>可查看并回复的客服</translation>
    </message>
    <message>
        <source>Every active admin and agent takes a turn.</source>
        <translation>所有已启用的管理员和客服轮流接待。</translation>
    </message>
    <message>
        <source>Assign in turn to:</source>
        <translation>轮流分配给：</translation>
    </message>
    <message>
        <source>Also route to departments:</source>
        <translation>同时分配到以下部门：</translation>
    </message>
    <message>
        <source>Chats go to agents of the channel&apos;s department and of the departments ticked here; when none of them qualifies, to the chosen people wherever they are.</source>
        <translation>聊天将分配给渠道所属部门及此处勾选部门的客服；若其中没有符合条件的人员，则分配给上面指定的人员，无论其属于哪个部门。</translation>
    </message>
    <message>
        <source>Choose at least one user to assign new customers to.</source>
        <translation>请至少选择一位用户来接待新客户。</translation>
    </message>
    <message>
        <source>Choose at least one group to assign new customers to.</source>
        <translation>请至少选择一个分组来接待新客户。</translation>
    </message>
    <message>
        <source>Choose at least one role to assign new customers to.</source>
        <translation>请至少选择一个角色来接待新客户。</translation>
    </message>
</context>
<context>
    <name>parley::ui::ChannelsPage</name>
    <message>
        <source>Connect a number…</source>
        <translation>连接号码…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>偏好设置…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>断开连接…</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>New customers as</source>
        <translation>新客户添加为</translation>
    </message>
    <message>
        <source>Auto-close</source>
        <translation>自动关闭</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>after %1 min</source>
        <translation>%1 分钟后</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Activate…</source>
        <translation>启用…</translation>
    </message>
    <message>
        <source>Activate %1</source>
        <translation>启用 %1</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>停用 %1</translation>
    </message>
    <message>
        <source>Activate %1 (+%2)? It sends and receives messages again.</source>
        <translation>确定启用 %1（+%2）吗？启用后将恢复收发消息。</translation>
    </message>
    <message>
        <source>Deactivate %1 (+%2)? Agents can no longer send from it. Its conversations stay as they are, and it can be activated again.</source>
        <translation>确定停用 %1（+%2）吗？停用后客服将无法再通过它发送消息。其对话将保持不变，之后也可以重新启用。</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Disconnect %1</source>
        <translation>断开 %1 的连接</translation>
    </message>
    <message>
        <source>Yes, delete</source>
        <translation>是的，删除</translation>
    </message>
    <message>
        <source>Business profile…</source>
        <translation>企业资料…</translation>
    </message>
    <message>
        <source>Disconnect %1 (+%2) from WhatsApp?</source>
        <translation>确定断开 %1（+%2）与 WhatsApp 的连接吗？</translation>
    </message>
    <message>
        <source>“Yes, delete” deletes only this channel&apos;s access token: nothing can be sent or received on this number until it is connected again with a new token.</source>
        <translation>“是的，删除”只会删除此渠道的访问令牌：在使用新令牌重新连接该号码之前，无法通过它收发任何消息。</translation>
    </message>
    <message>
        <source>Nothing else is deleted: every conversation and message, the customers&apos; records and the channel&apos;s settings stay, and connecting the number again brings the channel back with its history.</source>
        <translation>其他内容均不会被删除：所有对话和消息、客户的记录以及渠道的设置都将保留；重新连接该号码后，渠道将连同全部历史记录一起恢复。</translation>
    </message>
    <message>
        <source>WhatsApp numbers</source>
        <translation>WhatsApp 号码</translation>
    </message>
    <message>
        <source>Register number…</source>
        <translation>注册号码…</translation>
    </message>
    <message>
        <source>New access token…</source>
        <translation>新的访问令牌…</translation>
    </message>
    <message>
        <source>This number is not registered on WhatsApp yet: nothing can be sent or received until it is. Choose “Register number…” to get a code by text message or call.</source>
        <translation>此号码尚未在 WhatsApp 上注册：注册前无法收发任何消息。请选择“注册号码…”，通过短信或电话获取验证码。</translation>
    </message>
    <message>
        <source>WhatsApp refused this channel&apos;s access token: it expired or was revoked. Messages wait until it has a new one. Create a new token for the system user in Meta Business Settings and paste it under “New access token…”.</source>
        <translation>WhatsApp 拒绝了此渠道的访问令牌：令牌已过期或被撤销。消息将等待新令牌。请在 Meta 商务设置中为系统用户创建新令牌，并在“新的访问令牌…”中粘贴。</translation>
    </message>
    <message>
        <source>New access token for %1</source>
        <translation>%1 的新访问令牌</translation>
    </message>
    <message>
        <source>Access token (WhatsApp checks it before it is kept):</source>
        <translation>访问令牌（保存前由 WhatsApp 验证）：</translation>
    </message>
</context>
<context>
    <name>parley::ui::Composer</name>
    <message>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>输入回复…（按 Ctrl+Enter 发送）</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Attach up to 5 files (.jpg .png .pdf .mp3 .mp4 .doc .docx)</source>
        <translation>最多可附加 5 个文件（.jpg .png .pdf .mp3 .mp4 .doc .docx）</translation>
    </message>
    <message>
        <source>Predefined text</source>
        <translation>预设文本</translation>
    </message>
    <message>
        <source>Insert a predefined text (Ctrl+P)</source>
        <translation>插入预设文本（Ctrl+P）</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>The 24-hour window is closed: WhatsApp only lets you send an approved template until the customer writes again.</source>
        <translation>24 小时回复窗口已关闭：在客户再次发来消息之前，WhatsApp 只允许发送已批准的消息模板。</translation>
    </message>
    <message>
        <source>Send template…</source>
        <translation>发送模板…</translation>
    </message>
    <message>
        <source>You have view-only access: you can read this conversation but not reply.</source>
        <translation>您只有查看权限：可以阅读此对话，但无法回复。</translation>
    </message>
    <message>
        <source>Choose a conversation.</source>
        <translation>请选择一个对话。</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends</source>
        <translation>Ctrl+Enter 发送</translation>
    </message>
    <message>
        <source>Send an approved template</source>
        <translation>发送已批准的模板</translation>
    </message>
    <message>
        <source>Don&apos;t quote this message (Esc)</source>
        <translation>不引用这条消息（Esc）</translation>
    </message>
    <message>
        <source>Cancel the reply to this message</source>
        <translation>取消回复这条消息</translation>
    </message>
    <message>
        <source>Replying to: %1</source>
        <translation>回复：%1</translation>
    </message>
    <message>
        <source>Attach quote…</source>
        <translation>附加报价单…</translation>
    </message>
    <message>
        <source>Send a quote of this customer or their deals as a PDF</source>
        <translation>以 PDF 发送此客户或其交易的报价单</translation>
    </message>
</context>
<context>
    <name>parley::ui::ConversationDelegate</name>
    <message>
        <source>Window open</source>
        <translation>回复窗口开启中</translation>
    </message>
    <message>
        <source>Template only</source>
        <translation>仅限模板</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>草稿：%1</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>已暂停提醒</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>较低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Notifications snoozed</source>
        <translation>通知已暂停</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
</context>
<context>
    <name>parley::ui::ConversationHeader</name>
    <message>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>You have view-only access: you can see this but not change it.</source>
        <translation>您只有查看权限：可以查看，但无法修改。</translation>
    </message>
    <message>
        <source>Done with this customer for now: close the conversation</source>
        <translation>暂时处理完这位客户：关闭对话</translation>
    </message>
    <message>
        <source>Open the conversation again</source>
        <translation>重新打开对话</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Window open: %1 left to reply freely</source>
        <translation>回复窗口开启中：剩余 %1 可自由回复</translation>
    </message>
    <message>
        <source>The customer has not written yet: templates only</source>
        <translation>客户尚未发来消息：仅可发送模板</translation>
    </message>
    <message>
        <source>Window closed %1 ago: templates only</source>
        <translation>回复窗口已于 %1 前关闭：仅可发送模板</translation>
    </message>
</context>
<context>
    <name>parley::ui::ConversationPane</name>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Add message as a note</source>
        <translation>将消息添加为备注</translation>
    </message>
    <message>
        <source>You have view-only access: you can see this but not change it.</source>
        <translation>您只有查看权限：可以查看，但无法修改。</translation>
    </message>
    <message>
        <source>We wrote: %1</source>
        <translation>我方发送：%1</translation>
    </message>
    <message>
        <source>The customer wrote: %1</source>
        <translation>客户发送：%1</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>复制文字</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>a file</comment>
        <translation>打开</translation>
    </message>
    <message>
        <source>React</source>
        <translation>回应</translation>
    </message>
    <message>
        <source>Remove my reaction</source>
        <translation>移除我的回应</translation>
    </message>
    <message>
        <source>Choose a conversation in the list to read it and reply.</source>
        <translation>在列表中选择一个对话，即可阅读并回复。</translation>
    </message>
</context>
<context>
    <name>parley::ui::ConvertTicketDialog</name>
    <message>
        <source>Convert to ticket</source>
        <translation>转为工单</translation>
    </message>
    <message>
        <source>What the customer needs</source>
        <translation>客户的需求</translation>
    </message>
    <message>
        <source>As the conversation</source>
        <translation>与对话相同</translation>
    </message>
    <message>
        <source>%1 (the conversation&apos;s)</source>
        <translation>%1（对话所属）</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>负责人(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>Create ticket</source>
        <translation>创建工单</translation>
    </message>
    <message>
        <source>You have view-only access: you can see this but not change it.</source>
        <translation>您只有查看权限：可以查看，但无法修改。</translation>
    </message>
</context>
<context>
    <name>parley::ui::CreditLedgerView</name>
    <message>
        <source>any day</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Show older</source>
        <translation>显示更早记录</translation>
    </message>
    <message>
        <source>All movements</source>
        <translation>全部变动</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>信用点数</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>变动后余额</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>Credit ledger</source>
        <translation>信用点数明细</translation>
    </message>
</context>
<context>
    <name>parley::ui::CreditRateTable</name>
    <message>
        <source>Session messages, tiered by monthly volume</source>
        <translation>会话消息按月用量阶梯计价</translation>
    </message>
    <message>
        <source>Templates by destination country plus the session rate</source>
        <translation>模板消息按目标国家/地区计价，另加会话费率</translation>
    </message>
    <message>
        <source>Every session message: %1</source>
        <translation>每条会话消息：%1</translation>
    </message>
    <message>
        <source>Session messages from %1 on: %2</source>
        <translation>第 %1 条起的会话消息：%2</translation>
    </message>
    <message>
        <source>Session messages %1 to %2 of the month: %3 each</source>
        <translation>当月第 %1 至 %2 条会话消息：每条 %3</translation>
    </message>
    <message>
        <source>Use this plan</source>
        <translation>使用此套餐</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Calling code</source>
        <translation>国际区号</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>套餐：</translation>
    </message>
    <message>
        <source>Template messages, per message, by destination:</source>
        <translation>模板消息单价（按目标国家/地区）：</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1（当前）</translation>
    </message>
    <message>
        <source>One credit is worth %1.</source>
        <translation>每个信用点数价值 %1。</translation>
    </message>
    <message>
        <source>Customer-initiated conversations are free.</source>
        <translation>客户发起的对话免费。</translation>
    </message>
    <message>
        <source>Customer-initiated conversations are charged like any other.</source>
        <translation>客户发起的对话与其他对话一样计费。</translation>
    </message>
    <message>
        <source>The first %1 customer-initiated conversations each month are free.</source>
        <translation>每月前 %1 个客户发起的对话免费。</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>费率</translation>
    </message>
    <message>
        <source>Double-click a price to change it; it is saved when you press Enter.</source>
        <translation>双击价格即可修改；按 Enter 键后保存。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price: write it the way %2 is written.</source>
        <translation>“%1”不是价格：请按照 %2 的写法输入。</translation>
    </message>
    <message>
        <source>IM credits at %1, WhatsApp&apos;s rates deducted</source>
        <translation>IM 信用点数（每个 %1），按 WhatsApp 费率扣除</translation>
    </message>
    <message>
        <source>Points of %1 messages, %2 each</source>
        <translation>点数包：每包 %1 条消息，每条 %2</translation>
    </message>
</context>
<context>
    <name>parley::ui::CreditsPage</name>
    <message>
        <source>Rate table</source>
        <translation>费率表</translation>
    </message>
    <message>
        <source>Usage history</source>
        <translation>使用记录</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Buy credits</source>
        <translation>购买信用点数</translation>
    </message>
    <message>
        <source>Buy…</source>
        <translation>购买…</translation>
    </message>
    <message>
        <source>Auto-recharge</source>
        <translation>自动充值</translation>
    </message>
    <message>
        <source>Buy credits automatically when the balance runs low</source>
        <translation>余额较低时自动购买信用点数</translation>
    </message>
    <message>
        <source>Save auto-recharge</source>
        <translation>保存自动充值设置</translation>
    </message>
    <message>
        <source>Minimum balance to keep (credits):</source>
        <translation>要保持的最低余额（信用点数）：</translation>
    </message>
    <message>
        <source>Credits to add each time:</source>
        <translation>每次添加的信用点数：</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>试用期</translation>
    </message>
    <message>
        <source>Live account: no trial limits</source>
        <translation>正式账户：无试用限制</translation>
    </message>
    <message>
        <source>Trial, before business verification</source>
        <translation>试用期（企业验证前）</translation>
    </message>
    <message>
        <source>Expanded trial, after business verification</source>
        <translation>扩展试用（企业验证后）</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>%1 credits (%2)</source>
        <translation>%1 个信用点数（%2）</translation>
    </message>
    <message>
        <source>This month: %1 charged messages, %2 customer-initiated conversations.</source>
        <translation>本月：%1 条计费消息，%2 个客户发起的对话。</translation>
    </message>
    <message>
        <source>The balance is low: auto-recharge adds %1 credits with the next message.</source>
        <translation>余额较低：发送下一条消息时将自动充值 %1 个信用点数。</translation>
    </message>
    <message>
        <source>The balance is low (%1 credits or less). Buy credits or turn on auto-recharge, or sending will stop when it runs out.</source>
        <translation>余额较低（不超过 %1 个信用点数）。请购买信用点数或开启自动充值，否则余额用完后将无法发送消息。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The trial has ended: verify the business with Meta to keep sending.</source>
        <translation>试用期已结束：请在 Meta 完成企业验证以继续发送消息。</translation>
    </message>
    <message>
        <source>Day %1 of %2.</source>
        <translation>第 %1 天，共 %2 天。</translation>
    </message>
    <message>
        <source>Numbers sent business-initiated messages: %1.</source>
        <translation>已接收企业发起消息的号码：%1。</translation>
    </message>
    <message>
        <source>Customer-initiated conversations answered: %1.</source>
        <translation>已回复的客户发起对话：%1。</translation>
    </message>
    <message>
        <source>Customer-initiated messages sent: %1.</source>
        <translation>已发送的客户发起消息：%1。</translation>
    </message>
    <message>
        <source>No trial limits apply.</source>
        <translation>无试用限制。</translation>
    </message>
    <message>
        <source>Buy %1 credits for %2?</source>
        <translation>确定以 %2 购买 %1 个信用点数吗？</translation>
    </message>
    <message>
        <source>Buy and pay</source>
        <translation>购买并付款</translation>
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
        <translation>对话关闭时，Parley 可以向客户发送一份简短的调查：一个已批准的模板，其快速回复按钮为 1 到 5 分。回答会显示在“报表”中。</translation>
    </message>
    <message>
        <source>Send a satisfaction survey when a conversation is closed</source>
        <translation>对话关闭时发送满意度调查</translation>
    </message>
    <message>
        <source>Survey template for every channel</source>
        <translation>所有渠道的调查模板</translation>
    </message>
    <message>
        <source>Survey template for every channel:</source>
        <translation>所有渠道的调查模板：</translation>
    </message>
    <message>
        <source>A channel that needs another survey:</source>
        <translation>需要其他调查的渠道：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Survey template for %1</source>
        <translation>%1 的调查模板</translation>
    </message>
    <message>
        <source>As every channel</source>
        <translation>与所有渠道相同</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>parley::ui::DBusNotifier</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Snooze 15 min</source>
        <translation>15 分钟后提醒</translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation>1 小时后提醒</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
</context>
<context>
    <name>parley::ui::DesktopApp</name>
    <message>
        <source>Your session has ended. Log in again.</source>
        <translation>您的登录会话已结束，请重新登录。</translation>
    </message>
    <message>
        <source>No keychain is available: Parley cannot remember your session and will ask again at the next start.</source>
        <translation>没有可用的系统密钥环：Parley 无法保存您的登录状态，下次启动时需要重新登录。</translation>
    </message>
    <message>
        <source>No keychain is available: Parley cannot remember your session.</source>
        <translation>没有可用的系统密钥环：Parley 无法保存您的登录状态。</translation>
    </message>
    <message>
        <source>The local copy of your inbox cannot be opened: %1</source>
        <translation>无法打开收件箱的本地副本：%1</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to reply; until then the inbox on this computer is read-only.</source>
        <translation>您的会话已结束。请重新登录以回复；在此之前，本机上的收件箱为只读。</translation>
    </message>
</context>
<context>
    <name>parley::ui::FilterBuilderDialog</name>
    <message>
        <source>Filter conversations</source>
        <translation>筛选对话</translation>
    </message>
    <message>
        <source>Name it to save it as a view</source>
        <translation>输入名称即可保存为视图</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>所有对话</translation>
    </message>
    <message>
        <source>My conversations</source>
        <translation>我的对话</translation>
    </message>
    <message>
        <source>View name:</source>
        <translation>视图名称：</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Show the conversations this filter finds, without saving it</source>
        <translation>显示符合此筛选条件的对话，但不保存</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>Activity and people</source>
        <translation>活动与人员</translation>
    </message>
    <message>
        <source>Not replied in</source>
        <translation>最近未回复</translation>
    </message>
    <message>
        <source>Replied in</source>
        <translation>最近有回复</translation>
    </message>
    <message>
        <source>Message time in</source>
        <translation>消息时间在</translation>
    </message>
    <message>
        <source>The customer wrote last (waiting for a reply)</source>
        <translation>最后一条消息来自客户（等待回复）</translation>
    </message>
    <message>
        <source>Record owner is</source>
        <translation>记录所有者为</translation>
    </message>
    <message>
        <source>Replied by</source>
        <translation>回复人为</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>仅未读</translation>
    </message>
    <message>
        <source>Words in a message, the customer&apos;s name or number</source>
        <translation>消息中的文字、客户姓名或号码</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Containing:</source>
        <translation>包含：</translation>
    </message>
    <message>
        <source>Channels (any of)</source>
        <translation>渠道（任一）</translation>
    </message>
    <message>
        <source>Departments (any of)</source>
        <translation>部门（任一）</translation>
    </message>
    <message>
        <source>Channel #%1 (not in this mirror)</source>
        <translation>渠道 #%1（不在本地副本中）</translation>
    </message>
    <message>
        <source>Edit view</source>
        <translation>编辑视图</translation>
    </message>
    <message>
        <source>Give the view a name to save it</source>
        <translation>请为视图命名后再保存</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>我的团队</translation>
    </message>
</context>
<context>
    <name>parley::ui::HeatmapWidget</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 条消息</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parley::ui::LabelsPage</name>
    <message>
        <source>Add label</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>New label&apos;s name</source>
        <translation>新标签的名称</translation>
    </message>
    <message>
        <source>New label&apos;s colour</source>
        <translation>新标签的颜色</translation>
    </message>
    <message>
        <source>Choose the new label&apos;s colour</source>
        <translation>选择新标签的颜色</translation>
    </message>
    <message>
        <source>Labels sort conversations for the whole team: agents put them on conversations, and filters and saved views find them.</source>
        <translation>标签为整个团队整理对话：客服把标签加到对话上，筛选和已保存的视图可按标签查找。</translation>
    </message>
    <message>
        <source>Colour of the new label</source>
        <translation>新标签的颜色</translation>
    </message>
    <message>
        <source>Rename label</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>“%1”的新名称：</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>“%1”的颜色</translation>
    </message>
    <message>
        <source>No conversation carries it.</source>
        <translation>没有对话带有此标签。</translation>
    </message>
    <message>
        <source>One conversation carries it; it will be taken off it.</source>
        <translation>有 1 个对话带有此标签；将从该对话中移除。</translation>
    </message>
    <message numerus="yes">
        <source>%n conversations carry it; it will be taken off them.</source>
        <translation>
            <numerusform>%n 个对话带有此标签；将从这些对话中移除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete label</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <source>Delete the label “%1”?</source>
        <translation>删除标签“%1”？</translation>
    </message>
    <message>
        <source>Saved views that look for it find nothing more.</source>
        <translation>查找此标签的已保存视图将不再找到任何对话。</translation>
    </message>
</context>
<context>
    <name>parley::ui::LoginDialog</name>
    <message>
        <source>Log in to Parley</source>
        <translation>登录 Parley</translation>
    </message>
    <message>
        <source>https://hub.example.com</source>
        <translation>https://hub.example.com</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>&amp;Hub address:</source>
        <translation>服务器地址(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>“%1” is not a hub address. Enter it like https://hub.example.com.</source>
        <translation>“%1”不是有效的服务器地址。请按 https://hub.example.com 的格式输入。</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <source>Cannot reach the hub at %1. Check the address and your network. (%2)</source>
        <translation>无法连接到位于 %1 的服务器。请检查地址和网络连接。（%2）</translation>
    </message>
    <message>
        <source>%1 does not answer like a Parley hub. Check the address.</source>
        <translation>%1 的响应不像是 Parley 服务器。请检查地址。</translation>
    </message>
    <message>
        <source>The hub could not log you in: %1 (%2, HTTP %3)</source>
        <translation>服务器无法为您登录：%1（%2，HTTP %3）</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Too many attempts, try again in %1 s.</source>
        <translation>尝试次数过多，请在 %1 秒后重试。</translation>
    </message>
    <message>
        <source>Too many attempts, try again later.</source>
        <translation>尝试次数过多，请稍后重试。</translation>
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
        <translation>搜索消息、姓名和号码（Ctrl+F）</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>已登录为 %1</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Files WhatsApp takes (*.jpg *.jpeg *.png *.pdf *.mp3 *.mp4 *.doc *.docx)</source>
        <translation>WhatsApp 支持的文件 (*.jpg *.jpeg *.png *.pdf *.mp3 *.mp4 *.doc *.docx)</translation>
    </message>
    <message>
        <source>These files cannot be sent</source>
        <translation>以下文件无法发送</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n file(s)…</source>
        <translation>
            <numerusform>正在发送 %n 个文件…</numerusform>
        </translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● 在线</translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation>● 正在连接…</translation>
    </message>
    <message>
        <source>● Offline — replies wait in the outbox</source>
        <translation>● 离线 — 回复将暂存在发件箱中</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Recent (%1)</source>
        <translation>最近通知（%1）</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>最近通知</translation>
    </message>
    <message>
        <source>Recent notifications</source>
        <translation>最近通知</translation>
    </message>
    <message>
        <source>No notifications yet</source>
        <translation>暂无通知</translation>
    </message>
    <message>
        <source>Newest activity first</source>
        <translation>最新活动在前</translation>
    </message>
    <message>
        <source>Oldest waiting first</source>
        <translation>等待最久的在前</translation>
    </message>
    <message>
        <source>The order of the list</source>
        <translation>列表的排序</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Delete view…</source>
        <translation>删除视图…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>已解决：%1</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>删除视图</translation>
    </message>
    <message>
        <source>Delete the view “%1”? Its conversations stay where they are.</source>
        <translation>删除视图“%1”？其中的对话不会受影响。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Snoozed %1 until %2.</source>
        <translation>已将 %1 的提醒暂停至 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n new — show</source>
        <translation>
            <numerusform>%n 条新会话 — 显示</numerusform>
        </translation>
    </message>
    <message>
        <source>The list changed — show</source>
        <translation>列表已更新 — 显示</translation>
    </message>
    <message>
        <source>No conversations in this view.</source>
        <translation>此视图中没有对话。</translation>
    </message>
    <message>
        <source>No messages, names or numbers match “%1”.</source>
        <translation>没有与“%1”匹配的消息、姓名或号码。</translation>
    </message>
    <message>
        <source>No unread conversations in this view.</source>
        <translation>此视图中没有未读对话。</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message numerus="yes">
        <source>Recent notifications, %n unread</source>
        <translation>
            <numerusform>最近通知，%n 条未读</numerusform>
        </translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>更多工具</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Highest priority first</source>
        <translation>优先级最高的在前</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>parley::ui::MediaActions</name>
    <message>
        <source>Save attachment</source>
        <translation>保存附件</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Not saved: cancelled</source>
        <translation>未保存：已取消</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
</context>
<context>
    <name>parley::ui::MediaFiles</name>
    <message>
        <source>No application opens %1</source>
        <translation>没有应用程序可以打开 %1</translation>
    </message>
</context>
<context>
    <name>parley::ui::MergeDialog</name>
    <message>
        <source>(not on this computer)</source>
        <translation>（不在本机上）</translation>
    </message>
    <message>
        <source>%1 #%2: %3</source>
        <translation>%1 #%2：%3</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>Merge duplicate records</source>
        <translation>合并重复记录</translation>
    </message>
    <message>
        <source>Both records stand for one customer. Choose the one to keep: the other one&apos;s values, conversations, activities and deals move to it, and it is deleted.</source>
        <translation>这两条记录属于同一位客户。请选择要保留的一条：另一条的字段值、对话、活动和交易将移到它名下，然后另一条被删除。</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>保留 %1</translation>
    </message>
    <message>
        <source>Fields before and after the merge</source>
        <translation>合并前后的字段</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>One of the records has not reached this computer.</source>
        <translation>其中一条记录尚未同步到本机。</translation>
    </message>
    <message>
        <source>Choose two different records.</source>
        <translation>请选择两条不同的记录。</translation>
    </message>
    <message>
        <source>Only leads and contacts are merged.</source>
        <translation>只能合并线索和联系人。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Kept: #%1</source>
        <translation>保留：#%1</translation>
    </message>
    <message>
        <source>Merged in: #%1</source>
        <translation>并入：#%1</translation>
    </message>
    <message>
        <source>After the merge</source>
        <translation>合并后</translation>
    </message>
    <message>
        <source>Moves to #%1: %2, %3 and %4. #%5 is then deleted.</source>
        <translation>移到 #%1：%2、%3 和 %4。随后删除 #%5。</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n 个对话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n 个活动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n 个交易</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>正在合并…</translation>
    </message>
</context>
<context>
    <name>parley::ui::MessageDelegate</name>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>parley::ui::MessageView</name>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Loading earlier messages…</source>
        <translation>正在加载更早的消息…</translation>
    </message>
</context>
<context>
    <name>parley::ui::NewChatDialog</name>
    <message>
        <source>New WhatsApp chat</source>
        <translation>新建 WhatsApp 聊天</translation>
    </message>
    <message>
        <source>+55 11 91234-5678</source>
        <translation>+86 138 0013 8000</translation>
    </message>
    <message>
        <source>Send template</source>
        <translation>发送模板</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>WhatsApp 号码</translation>
    </message>
    <message>
        <source>Customer&apos;s number</source>
        <translation>客户号码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>No connected WhatsApp number.</source>
        <translation>没有已连接的 WhatsApp 号码。</translation>
    </message>
    <message>
        <source>No approved template yet: a chat you start must open with one.</source>
        <translation>暂无已批准的消息模板：主动发起的聊天必须以消息模板开始。</translation>
    </message>
    <message>
        <source>Send WhatsApp template</source>
        <translation>发送 WhatsApp 模板</translation>
    </message>
    <message>
        <source>What the customer will read</source>
        <translation>客户将看到的内容</translation>
    </message>
    <message>
        <source>This record has not reached this computer yet.</source>
        <translation>此记录尚未同步到本机。</translation>
    </message>
    <message>
        <source>Only leads and contacts receive WhatsApp messages.</source>
        <translation>只有线索和联系人可以接收 WhatsApp 消息。</translation>
    </message>
    <message>
        <source>No approved template for this record&apos;s module yet.</source>
        <translation>此记录所属模块暂无已批准的消息模板。</translation>
    </message>
    <message>
        <source>This record has no Mobile or Phone number.</source>
        <translation>此记录没有手机或电话号码。</translation>
    </message>
    <message>
        <source>Or a contact or deal</source>
        <translation>或选择联系人或交易</translation>
    </message>
    <message>
        <source>Their number</source>
        <translation>其号码</translation>
    </message>
    <message>
        <source>A number typed above</source>
        <translation>在上方输入的号码</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>联系人：%1</translation>
    </message>
    <message>
        <source>Deal: %1 (%2)</source>
        <translation>交易：%1（%2）</translation>
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
        <translation>新建联系人</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>新建线索</translation>
    </message>
    <message>
        <source>Create contact</source>
        <translation>创建联系人</translation>
    </message>
    <message>
        <source>Create lead</source>
        <translation>创建线索</translation>
    </message>
    <message>
        <source>View-only agents cannot create records.</source>
        <translation>仅查看的客服不能创建记录。</translation>
    </message>
    <message>
        <source>Fill in at least one field.</source>
        <translation>请至少填写一个字段。</translation>
    </message>
</context>
<context>
    <name>parley::ui::NotificationCenter</name>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation>
            <numerusform>%n 条新消息</numerusform>
        </translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>语音消息</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>贴纸</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>联系人名片</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>新消息</translation>
    </message>
    <message>
        <source>Parley</source>
        <translation>Parley</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages in %1 conversations</source>
        <translation>
            <numerusform>%1 个对话中有 %n 条新消息</numerusform>
        </translation>
    </message>
    <message>
        <source>You were mentioned in a note</source>
        <translation>有备注提到了你</translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation>%1 提到了你</translation>
    </message>
</context>
<context>
    <name>parley::ui::NotifyChoiceBox</name>
    <message>
        <source>My conversations and unassigned ones of my department</source>
        <translation>我的对话和本部门未分配的对话</translation>
    </message>
    <message>
        <source>Every conversation I can see</source>
        <translation>我能看到的所有对话</translation>
    </message>
    <message>
        <source>Only my conversations</source>
        <translation>仅我的对话</translation>
    </message>
    <message>
        <source>Only when someone mentions me</source>
        <translation>仅在有人提到我时</translation>
    </message>
</context>
<context>
    <name>parley::ui::OfflineBanner</name>
    <message>
        <source>Offline since %1. You are reading the copy on this computer; replies wait in the outbox and go out when the hub answers.</source>
        <translation>自 %1 起离线。您正在查看本机上的副本；回复会在发件箱中等待，待服务器恢复响应后发出。</translation>
    </message>
</context>
<context>
    <name>parley::ui::PeopleAgentDialog</name>
    <message>
        <source>Active: may log in</source>
        <translation>启用：允许登录</translation>
    </message>
    <message>
        <source>Add an agent</source>
        <translation>添加客服</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>客服 %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>New password (empty: unchanged):</source>
        <translation>新密码（留空则不修改）：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>分组：</translation>
    </message>
</context>
<context>
    <name>parley::ui::PeopleGroupDialog</name>
    <message>
        <source>New group</source>
        <translation>新建分组</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>分组 %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>成员：</translation>
    </message>
</context>
<context>
    <name>parley::ui::PeoplePage</name>
    <message>
        <source>Agents</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add agent…</source>
        <translation>添加客服…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>New department or brand</source>
        <translation>新部门或品牌</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1（%n 名成员）</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete group %1</source>
        <translation>删除分组 %1</translation>
    </message>
    <message>
        <source>Delete the group %1? Its members stay; channels that assign new customers to it fall back to their department.</source>
        <translation>确定删除分组 %1 吗？其成员将保留；原本将新客户分配给该分组的渠道将改为分配给渠道所属部门。</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>删除分组</translation>
    </message>
</context>
<context>
    <name>parley::ui::PeriodRow</name>
    <message>
        <source>Number of days, weeks or months</source>
        <translation>天数、周数或月数</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天内</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>周内</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月内</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>parley::ui::PhotoViewer</name>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一张</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一张 ▶</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Open with…</source>
        <translation>打开方式…</translation>
    </message>
    <message>
        <source>Open in the system&apos;s picture viewer</source>
        <translation>在系统的图片查看器中打开</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>This picture cannot be shown</source>
        <translation>无法显示此图片</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 张，共 %2 张</translation>
    </message>
</context>
<context>
    <name>parley::ui::PredefinedTextEditor</name>
    <message>
        <source>For example: Greeting</source>
        <translation>例如：问候语</translation>
    </message>
    <message>
        <source>Hi $[Leads.First Name], how can I help?</source>
        <translation>$[Leads.First Name]，您好！请问有什么可以帮您？</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>插入字段</translation>
    </message>
    <message>
        <source>Insert a merge field of the module, filled from the customer&apos;s record when the text is used</source>
        <translation>插入该模块的合并字段，使用文本时将自动填入客户记录中的值</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>模块：</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>消息：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>New predefined text</source>
        <translation>新建预设文本</translation>
    </message>
    <message>
        <source>Edit predefined text</source>
        <translation>编辑预设文本</translation>
    </message>
    <message>
        <source>The module of an existing text cannot change: its merge fields depend on it.</source>
        <translation>已有文本的模块无法更改，因为其中的合并字段依赖于该模块。</translation>
    </message>
    <message>
        <source>Unknown field: %1</source>
        <translation>未知字段：%1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>parley::ui::PredefinedTextManager</name>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Manage predefined texts</source>
        <translation>管理预设文本</translation>
    </message>
    <message>
        <source>Delete predefined text</source>
        <translation>删除预设文本</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? Nobody on the team will be able to use it any more.</source>
        <translation>确定删除“%1”吗？删除后团队中的任何人都将无法再使用它。</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>正在删除…</translation>
    </message>
    <message>
        <source>Predefined texts</source>
        <translation>预设文本</translation>
    </message>
</context>
<context>
    <name>parley::ui::PredefinedTextModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>按名称搜索</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>所有模块</translation>
    </message>
</context>
<context>
    <name>parley::ui::PredefinedTextPicker</name>
    <message>
        <source>Predefined texts</source>
        <translation>预设文本</translation>
    </message>
    <message>
        <source>New predefined text</source>
        <translation>新建预设文本</translation>
    </message>
    <message>
        <source>Preview with this customer&apos;s values</source>
        <translation>使用该客户的数据预览</translation>
    </message>
    <message>
        <source>Preview for this customer:</source>
        <translation>该客户将看到的内容预览：</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>No predefined texts yet. Write one with &quot;New predefined text&quot;.</source>
        <translation>暂无预设文本。请点击“新建预设文本”创建一条。</translation>
    </message>
    <message>
        <source>No predefined text matches.</source>
        <translation>没有匹配的预设文本。</translation>
    </message>
</context>
<context>
    <name>parley::ui::PresenceBar</name>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 正在输入…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 和 %2 正在输入…</translation>
    </message>
    <message numerus="yes">
        <source>%n agents are typing…</source>
        <translation>
            <numerusform>%n 位客服正在输入…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is viewing</source>
        <translation>%1 正在查看</translation>
    </message>
    <message>
        <source>%1 and %2 are viewing</source>
        <translation>%1 和 %2 正在查看</translation>
    </message>
    <message numerus="yes">
        <source>%n agents are viewing</source>
        <translation>
            <numerusform>%n 位客服正在查看</numerusform>
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
        <translation>新建任务…</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>新建会议…</translation>
    </message>
    <message>
        <source>New call…</source>
        <translation>新建通话…</translation>
    </message>
    <message>
        <source>New appointment…</source>
        <translation>新建预约…</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>分配给我</translation>
    </message>
    <message>
        <source>Already assigned to you.</source>
        <translation>已分配给您。</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>分配给</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Close conversation</source>
        <translation>关闭对话</translation>
    </message>
    <message>
        <source>Reopen conversation</source>
        <translation>重新打开对话</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>添加备注…</translation>
    </message>
    <message>
        <source>This conversation has no lead or contact record.</source>
        <translation>此对话没有关联的线索或联系人记录。</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Only agents see notes; the customer never does.</source>
        <translation>备注仅客服可见，客户看不到。</translation>
    </message>
    <message>
        <source>Conversation unassigned.</source>
        <translation>已取消分配对话。</translation>
    </message>
    <message>
        <source>Conversation assigned.</source>
        <translation>已分配对话。</translation>
    </message>
    <message>
        <source>Conversation closed.</source>
        <translation>对话已关闭。</translation>
    </message>
    <message>
        <source>Conversation reopened.</source>
        <translation>对话已重新打开。</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>备注已添加。</translation>
    </message>
    <message>
        <source>Activity created.</source>
        <translation>活动已创建。</translation>
    </message>
    <message>
        <source>Activity marked done.</source>
        <translation>活动已标记为完成。</translation>
    </message>
    <message>
        <source>Activity reopened.</source>
        <translation>活动已重新打开。</translation>
    </message>
    <message>
        <source>Record saved.</source>
        <translation>记录已保存。</translation>
    </message>
    <message>
        <source>Record created.</source>
        <translation>记录已创建。</translation>
    </message>
    <message>
        <source>Unmute notifications</source>
        <translation>取消静音通知</translation>
    </message>
    <message>
        <source>Mute notifications</source>
        <translation>静音通知</translation>
    </message>
    <message>
        <source>Notifications muted for this conversation.</source>
        <translation>已将此对话的通知静音。</translation>
    </message>
    <message>
        <source>Notifications unmuted for this conversation.</source>
        <translation>已取消此对话的通知静音。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>parley::ui::QuickSwitcher</name>
    <message>
        <source>Go to conversation</source>
        <translation>转到对话</translation>
    </message>
    <message>
        <source>Name, number or words from a message</source>
        <translation>姓名、号码或消息中的文字</translation>
    </message>
    <message>
        <source>Matching conversations</source>
        <translation>匹配的对话</translation>
    </message>
</context>
<context>
    <name>parley::ui::QuoteAttachDialog</name>
    <message>
        <source>Attach quote</source>
        <translation>附加报价单</translation>
    </message>
    <message>
        <source>Quotes of this customer</source>
        <translation>此客户的报价单</translation>
    </message>
    <message>
        <source>New quote…</source>
        <translation>新建报价单…</translation>
    </message>
    <message>
        <source>Send quote</source>
        <translation>发送报价单</translation>
    </message>
    <message>
        <source>Quotes of the customer and their deals:</source>
        <translation>客户及其交易的报价单：</translation>
    </message>
    <message>
        <source>This conversation has no lead or contact to quote.</source>
        <translation>此对话没有可报价的线索或联系人。</translation>
    </message>
    <message>
        <source>The quote&apos;s PDF could not be written: %1</source>
        <translation>无法写入报价单的 PDF：%1</translation>
    </message>
</context>
<context>
    <name>parley::ui::QuoteEditor</name>
    <message>
        <source>Edit quote %1</source>
        <translation>编辑报价单 %1</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>新建报价单</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>折扣（%）</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>税率（%）</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>明细项目</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Subtotal %1 · Discount %2 · Tax %3 · Total %4</source>
        <translation>小计：%1 · 折扣：%2 · 税额：%3 · 合计：%4</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
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
        <translation>选择一条记录以查看其字段和对话。</translation>
    </message>
    <message>
        <source>Start WhatsApp chat…</source>
        <translation>发起 WhatsApp 聊天…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>This record is not on this computer: merged into another one, or not arrived yet.</source>
        <translation>此记录不在本机上：已并入其他记录，或尚未同步。</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>No lead or contact with a number belongs to this record.</source>
        <translation>此记录没有带号码的线索或联系人。</translation>
    </message>
</context>
<context>
    <name>parley::ui::RecordFieldsEditor</name>
    <message>
        <source>Save fields</source>
        <translation>保存字段</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>撤销更改</translation>
    </message>
</context>
<context>
    <name>parley::ui::RecordPanel</name>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>分配给</translation>
    </message>
    <message>
        <source>Send WhatsApp template…</source>
        <translation>发送 WhatsApp 模板…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Record owner</source>
        <translation>记录所有者</translation>
    </message>
    <message>
        <source>Link company…</source>
        <translation>关联公司…</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>新建商机…</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>添加备注…</translation>
    </message>
    <message>
        <source>The record has not reached this computer yet.</source>
        <translation>该记录尚未同步到本机。</translation>
    </message>
    <message>
        <source>No lead or contact is linked.</source>
        <translation>未关联线索或联系人。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>客服 %1</translation>
    </message>
    <message>
        <source>No company linked.</source>
        <translation>未关联公司。</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>所有者：%1</translation>
    </message>
    <message>
        <source>%1
— %2, %3</source>
        <translation>%1
— %2，%3</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <source>Deal name</source>
        <translation>商机名称</translation>
    </message>
    <message>
        <source>Link company</source>
        <translation>关联公司</translation>
    </message>
    <message>
        <source>Choose a company, or type a new company&apos;s name</source>
        <translation>选择公司，或输入新公司名称</translation>
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
        <translation>报价单</translation>
    </message>
    <message>
        <source>New quote…</source>
        <translation>新建报价单…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Loading quotes…</source>
        <translation>正在加载报价单…</translation>
    </message>
    <message>
        <source>No quotes yet.</source>
        <translation>还没有报价单。</translation>
    </message>
</context>
<context>
    <name>parley::ui::RecordsWindow</name>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Search names, numbers, emails…</source>
        <translation>搜索姓名、号码、邮箱…</translation>
    </message>
    <message>
        <source>Search records</source>
        <translation>搜索记录</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Reached at</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>显示更多</translation>
    </message>
    <message>
        <source>New lead…</source>
        <translation>新建线索…</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>新建联系人…</translation>
    </message>
    <message>
        <source>Merge duplicates…</source>
        <translation>合并重复项…</translation>
    </message>
    <message>
        <source>Choose two leads or contacts of one customer (Ctrl+click).</source>
        <translation>选择同一位客户的两条线索或联系人（Ctrl+单击）。</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) shown</source>
        <translation>
            <numerusform>显示 %n 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parley::ui::ReportsPage</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <source>Messages by hour</source>
        <translation>按小时统计的消息</translation>
    </message>
    <message>
        <source>Templates and credits</source>
        <translation>模板和信用点数</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>无法将报表保存到 %1：%2</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>所有渠道</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>所有客服</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>所有分组</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>By</source>
        <translation>按</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>第 90 百分位</translation>
    </message>
    <message>
        <source>Messages from customers</source>
        <translation>来自客户的消息</translation>
    </message>
    <message>
        <source>Messages from the team</source>
        <translation>来自团队的消息</translation>
    </message>
    <message>
        <source>Conversations opened and closed per day</source>
        <translation>每天打开和关闭的对话</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Template sends and credits spent per day</source>
        <translation>每天的模板发送量和消耗的信用点数</translation>
    </message>
    <message>
        <source>Template sends</source>
        <translation>模板发送量</translation>
    </message>
    <message>
        <source>Credits spent</source>
        <translation>消耗的信用点数</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Customer satisfaction: no answers in these days.</source>
        <translation>客户满意度：这些天没有回答。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Customer satisfaction: %1 of 5 from %n answer(s) (%2)</source>
        <translation>
            <numerusform>客户满意度：%1 / 5，共 %n 个回答（%2）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parley::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Show a desktop notification for new messages</source>
        <translation>收到新消息时显示桌面通知</translation>
    </message>
    <message>
        <source>Start Parley when I log in</source>
        <translation>登录系统时启动 Parley</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>外观：</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <source>Parley will use the new language after a restart.</source>
        <translation>重启 Parley 后将使用新语言。</translation>
    </message>
    <message>
        <source>Notify me about:</source>
        <translation>通知我：</translation>
    </message>
</context>
<context>
    <name>parley::ui::SnoozeDialog</name>
    <message>
        <source>In 1 hour (%1)</source>
        <translation>1 小时后（%1）</translation>
    </message>
    <message>
        <source>Tomorrow at %1</source>
        <translation>明天 %1</translation>
    </message>
    <message>
        <source>Next week (%1)</source>
        <translation>下周（%1）</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>暂停提醒</translation>
    </message>
    <message>
        <source>Remind me about %1&apos;s conversation, and hold its notifications until:</source>
        <translation>提醒我 %1 的对话，并在此之前暂停其通知：</translation>
    </message>
    <message>
        <source>On a date…</source>
        <translation>指定日期…</translation>
    </message>
    <message>
        <source>Set the selected conversations aside for the whole team; they reopen by themselves at:</source>
        <translation>为整个团队暂时搁置所选对话；它们将在以下时间自动重新打开：</translation>
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
        <translation>按 WhatsApp 要求，只能使用小写字母、数字和下划线。</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <source>Hi, your order is on its way. Type # to insert a field.</source>
        <translation>您好，您的订单已发货。输入 # 可插入字段。</translation>
    </message>
    <message>
        <source>Insert field (#)</source>
        <translation>插入字段（#）</translation>
    </message>
    <message>
        <source>A field of the module, filled from the customer&apos;s record when the template is sent</source>
        <translation>该模块的字段，发送模板时将自动填入客户记录中的值</translation>
    </message>
    <message>
        <source>Counted as WhatsApp counts: each merge field as {{n}}.</source>
        <translation>按 WhatsApp 的方式计数：每个合并字段计为 {{n}}。</translation>
    </message>
    <message>
        <source>Pending, approved and rejected templates all count.</source>
        <translation>待审核、已批准和已拒绝的模板均计入。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>模块：</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>消息：</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>预览：</translation>
    </message>
    <message>
        <source>Promotions, offers, news and invitations: anything that sells or brings customers back.</source>
        <translation>促销、优惠、新闻和邀请：任何用于推销或召回客户的消息。</translation>
    </message>
    <message>
        <source>Notifications about something the customer did or asked for: order confirmations, payment failures, shipping status, subscribed reminders.</source>
        <translation>与客户的操作或请求相关的通知：订单确认、付款失败、物流状态、已订阅的提醒等。</translation>
    </message>
    <message>
        <source>Submit again</source>
        <translation>重新提交</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>Rejected by WhatsApp: %1. Change it and submit it again.</source>
        <translation>已被 WhatsApp 拒绝：%1。请修改后重新提交。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未提供原因</translation>
    </message>
    <message>
        <source>Submitting sends the template to WhatsApp for review, which can take up to 24 hours. Only approved templates can be sent.</source>
        <translation>提交后模板将发送给 WhatsApp 审核，审核最长可能需要 24 小时。只有已批准的模板才能发送。</translation>
    </message>
    <message>
        <source>Characters: %1 / %2</source>
        <translation>字符数：%1 / %2</translation>
    </message>
    <message>
        <source>Merge fields: %1 / %2</source>
        <translation>合并字段：%1 / %2</translation>
    </message>
    <message>
        <source>Templates: %1 / %2</source>
        <translation>模板数：%1 / %2</translation>
    </message>
    <message>
        <source>The WhatsApp Business account of this number keeps the template.</source>
        <translation>此号码的 WhatsApp Business 账户保存该模板。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Deletes the template on WhatsApp too; it no longer counts toward the 200.</source>
        <translation>同时在 WhatsApp 上删除该模板；它不再计入 200 个上限。</translation>
    </message>
    <message>
        <source>WhatsApp number:</source>
        <translation>WhatsApp 号码：</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <source>Delete the template %1 (%2) here and on WhatsApp? Messages already sent stay; it can no longer be sent.</source>
        <translation>在这里和 WhatsApp 上删除模板 %1（%2）？已发送的消息会保留；此模板将无法再发送。</translation>
    </message>
</context>
<context>
    <name>parley::ui::TemplatePartsEditor</name>
    <message>
        <source>Quick reply</source>
        <translation>快速回复</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>拨打电话</translation>
    </message>
    <message>
        <source>No header</source>
        <translation>无页眉</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Header text</source>
        <translation>页眉文字</translation>
    </message>
    <message>
        <source>Header sample</source>
        <translation>页眉示例</translation>
    </message>
    <message>
        <source>Order {{1}} is on its way</source>
        <translation>订单 {{1}} 正在配送</translation>
    </message>
    <message>
        <source>At most 60 characters; {{1}} is a value the agent gives when sending.</source>
        <translation>最多 60 个字符；{{1}} 是客服发送时填写的值。</translation>
    </message>
    <message>
        <source>Reply STOP to stop receiving offers</source>
        <translation>回复“退订”即可不再接收优惠信息</translation>
    </message>
    <message>
        <source>Fixed text under the message, at most 60 characters.</source>
        <translation>消息下方的固定文字，最多 60 个字符。</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>按钮</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Link or phone number</source>
        <translation>链接或电话号码</translation>
    </message>
    <message>
        <source>Sample ending</source>
        <translation>示例结尾</translation>
    </message>
    <message>
        <source>Links may end in {{1}}: the agent gives that ending when sending.</source>
        <translation>链接可以以 {{1}} 结尾：客服在发送时填写该结尾。</translation>
    </message>
    <message>
        <source>Add button</source>
        <translation>添加按钮</translation>
    </message>
    <message>
        <source>Remove button</source>
        <translation>移除按钮</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>页眉：</translation>
    </message>
    <message>
        <source>Footer:</source>
        <translation>页脚：</translation>
    </message>
    <message>
        <source>Buttons:</source>
        <translation>按钮：</translation>
    </message>
    <message>
        <source>Sample value for {{1}}</source>
        <translation>{{1}} 的示例值</translation>
    </message>
    <message>
        <source>Sample file&apos;s upload handle</source>
        <translation>示例文件的上传句柄</translation>
    </message>
</context>
<context>
    <name>parley::ui::TemplateSendDialog</name>
    <message>
        <source>Send a template to %1</source>
        <translation>向 %1 发送模板</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>What the customer will read:</source>
        <translation>客户将看到的内容：</translation>
    </message>
    <message>
        <source>No approved template for %1 yet. An admin creates templates and WhatsApp reviews them.</source>
        <translation>%1 模块暂无已批准的消息模板。模板由管理员创建，并需经 WhatsApp 审核。</translation>
    </message>
</context>
<context>
    <name>parley::ui::TemplateValuesForm</name>
    <message>
        <source>Header value:</source>
        <translation>页眉的值：</translation>
    </message>
    <message>
        <source>Link to the header&apos;s file:</source>
        <translation>页眉文件的链接：</translation>
    </message>
    <message>
        <source>“%1” link ending:</source>
        <translation>“%1”链接的结尾：</translation>
    </message>
</context>
<context>
    <name>parley::ui::TemplatesPage</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>新建模板</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
</context>
<context>
    <name>parley::ui::TicketBar</name>
    <message>
        <source>Ticket #%1 · %2 · %3 · %4</source>
        <translation>工单 #%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>打开工单</translation>
    </message>
    <message>
        <source>No ticket for this conversation</source>
        <translation>此对话没有工单</translation>
    </message>
    <message>
        <source>Convert to ticket</source>
        <translation>转为工单</translation>
    </message>
    <message>
        <source>Hand this conversation to the help desk as a ticket</source>
        <translation>将此对话作为工单交给服务台</translation>
    </message>
    <message>
        <source>You have view-only access: you can see this but not change it.</source>
        <translation>您只有查看权限：可以查看，但无法修改。</translation>
    </message>
</context>
<context>
    <name>parley::ui::TicketDetail</name>
    <message>
        <source>Open conversation</source>
        <translation>打开对话</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Write a comment for the team</source>
        <translation>给团队写一条评论</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>添加评论</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>优先级：</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>You have view-only access: you can see this but not change it.</source>
        <translation>您只有查看权限：可以查看，但无法修改。</translation>
    </message>
    <message>
        <source>Choose a ticket</source>
        <translation>请选择一个工单</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>a conversation not on this desktop</source>
        <translation>不在此桌面上的对话</translation>
    </message>
    <message>
        <source>From the conversation with %1 · %2 · created %3</source>
        <translation>来自与 %1 的对话 · %2 · 创建于 %3</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>无部门</translation>
    </message>
    <message>
        <source>%1, %2:
%3</source>
        <translation>%1，%2：
%3</translation>
    </message>
</context>
<context>
    <name>parley::ui::TicketsWindow</name>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>No tickets</source>
        <translation>没有工单</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2 · %n ticket(s)</source>
        <translation>
            <numerusform>第 %1/%2 页 · %n 个工单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parley::ui::TriageBar</name>
    <message>
        <source>Actions on the selected conversations</source>
        <translation>对所选对话的操作</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>稍后提醒</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Until the customer replies</source>
        <translation>直到客户回复</translation>
    </message>
    <message>
        <source>On a date…</source>
        <translation>指定日期…</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>已选 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>分配给我</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>无团队</translation>
    </message>
    <message>
        <source>No labels yet: an admin defines them</source>
        <translation>还没有标签：由管理员定义</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>添加“%1”</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>移除“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) changed.</source>
        <translation>
            <numerusform>已更改 %n 个对话。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 changed; the others: %3</source>
        <translation>已更改 %1/%2 个；其余：%3</translation>
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
            <numerusform>Parley — %n 条未读通知</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parley::ui::UserRow</name>
    <message>
        <source>Choose a user</source>
        <translation>选择用户</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>User #%1</source>
        <translation>用户 #%1</translation>
    </message>
</context>
<context>
    <name>parley::ui::ViewListModel</name>
    <message>
        <source>All conversations</source>
        <translation>所有对话</translation>
    </message>
    <message>
        <source>My conversations</source>
        <translation>我的对话</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conversation(s)</source>
        <translation>
            <numerusform>%1：%n 个对话</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parley::ui::ZoomView</name>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
</context>
</TS>
