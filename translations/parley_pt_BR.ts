<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Accessible</name>
    <message>
        <source>Clear the field</source>
        <translation>Limpar o campo</translation>
    </message>
</context>
<context>
    <name>AccessibleTexts</name>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n mensagem não lida</numerusform>
            <numerusform>%n mensagens não lidas</numerusform>
        </translation>
    </message>
    <message>
        <source>last message at %1: %2</source>
        <translation>última mensagem às %1: %2</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>aguardando envio</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregue</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lida</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>não enviada</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Sent by the team</source>
        <translation>Enviada pela equipe</translation>
    </message>
    <message>
        <source>From the customer</source>
        <translation>Do cliente</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <translation>anexo %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>Não foi possível remover %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>BuiltinView</name>
    <message>
        <source>Unreplied</source>
        <translation>Sem resposta</translation>
    </message>
    <message>
        <source>Sent today</source>
        <translation>Enviadas hoje</translation>
    </message>
    <message>
        <source>All unreplied</source>
        <translation>Todas sem resposta</translation>
    </message>
    <message>
        <source>My open</source>
        <translation>Minhas abertas</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Não lidas</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>Minha equipe</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>HubError</name>
    <message>
        <source>%1
WhatsApp says: %2</source>
        <translation>%1
O WhatsApp diz: %2</translation>
    </message>
    <message>
        <source>The 24-hour window is closed: only an approved template can be sent now.</source>
        <translation>A janela de 24 horas está fechada: agora só é possível enviar um modelo aprovado.</translation>
    </message>
    <message>
        <source>The 24-hour window had closed: send an approved template.</source>
        <translation>A janela de 24 horas já tinha fechado: envie um modelo aprovado.</translation>
    </message>
    <message>
        <source>This customer has not written yet: start with an approved template.</source>
        <translation>Este cliente ainda não escreveu: comece com um modelo aprovado.</translation>
    </message>
    <message>
        <source>Not enough credits. Ask an admin to buy credits or turn on auto-recharge.</source>
        <translation>Créditos insuficientes. Peça a um administrador para comprar créditos ou ativar a recarga automática.</translation>
    </message>
    <message>
        <source>This WhatsApp number is deactivated or disconnected.</source>
        <translation>Este número do WhatsApp está desativado ou desconectado.</translation>
    </message>
    <message>
        <source>This WhatsApp number is disconnected. Connect it again first.</source>
        <translation>Este número de WhatsApp está desconectado. Conecte-o novamente primeiro.</translation>
    </message>
    <message>
        <source>The hub stopped while sending: WhatsApp may or may not have this message. Check before sending it again.</source>
        <translation>O hub parou durante o envio: talvez o WhatsApp tenha recebido esta mensagem, talvez não. Confira antes de enviá-la de novo.</translation>
    </message>
    <message>
        <source>WhatsApp refused the change: %1</source>
        <translation>O WhatsApp recusou a alteração: %1</translation>
    </message>
    <message>
        <source>WhatsApp no longer accepts this channel&apos;s access token. Connect the number again with a new token.</source>
        <translation>O WhatsApp não aceita mais o token de acesso deste canal. Conecte o número novamente com um novo token.</translation>
    </message>
    <message>
        <source>WhatsApp could not be reached or did not answer. Try again later.</source>
        <translation>Não foi possível falar com o WhatsApp ou ele não respondeu. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>WhatsApp could not deliver to this number.</source>
        <translation>O WhatsApp não conseguiu entregar a mensagem a este número.</translation>
    </message>
    <message>
        <source>The files waiting to be sent were removed from this computer. Attach them again.</source>
        <translation>Os arquivos que aguardavam envio foram removidos deste computador. Anexe-os novamente.</translation>
    </message>
    <message>
        <source>Write a message first.</source>
        <translation>Escreva uma mensagem primeiro.</translation>
    </message>
    <message>
        <source>The message is longer than WhatsApp allows (4,096 characters).</source>
        <translation>A mensagem é mais longa do que o WhatsApp permite (4.096 caracteres).</translation>
    </message>
    <message>
        <source>The file is still being prepared on the hub. Try again in a moment.</source>
        <translation>O arquivo ainda está sendo preparado no hub. Tente novamente em instantes.</translation>
    </message>
    <message>
        <source>This customer asked not to receive marketing messages.</source>
        <translation>Este cliente pediu para não receber mensagens de marketing.</translation>
    </message>
    <message>
        <source>This record has no WhatsApp number to write to.</source>
        <translation>Este registro não tem um número de WhatsApp para escrever.</translation>
    </message>
    <message>
        <source>You have view-only access and cannot send.</source>
        <translation>Seu acesso é somente de visualização e não permite enviar mensagens.</translation>
    </message>
    <message>
        <source>You have view-only access: you can see this but not change it.</source>
        <translation>Seu acesso é somente de visualização: você pode ver isto, mas não pode alterá-lo.</translation>
    </message>
    <message>
        <source>Only admins can do this.</source>
        <translation>Somente administradores podem fazer isso.</translation>
    </message>
    <message>
        <source>The hub refused this: you do not have access to it.</source>
        <translation>O hub recusou: você não tem acesso a isto.</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again.</source>
        <translation>Sua sessão expirou. Entre novamente.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Wait a minute and try again.</source>
        <translation>Tentativas de entrada demais. Aguarde um minuto e tente novamente.</translation>
    </message>
    <message>
        <source>The hub cannot be reached. The reply will be sent when it is back.</source>
        <translation>Não foi possível acessar o hub. A resposta será enviada quando ele voltar.</translation>
    </message>
    <message>
        <source>The hub cannot be reached, so nothing was changed. Try again when it is back.</source>
        <translation>Não foi possível acessar o hub, então nada foi alterado. Tente novamente quando ele voltar.</translation>
    </message>
    <message>
        <source>The hub could not save the change; nothing was changed. Try again.</source>
        <translation>O hub não conseguiu salvar a alteração; nada foi modificado. Tente novamente.</translation>
    </message>
    <message>
        <source>The hub&apos;s storage is full; nothing was saved. Tell your administrator.</source>
        <translation>O armazenamento do hub está cheio; nada foi salvo. Avise o administrador.</translation>
    </message>
    <message>
        <source>The hub could not accept this request: %1</source>
        <translation>O hub não pôde aceitar esta solicitação: %1</translation>
    </message>
    <message>
        <source>The hub answered in a way this version of Parley does not understand: %1</source>
        <translation>O hub respondeu de um jeito que esta versão do Parley não entende: %1</translation>
    </message>
    <message>
        <source>The conversation no longer exists on the hub.</source>
        <translation>A conversa não existe mais no hub.</translation>
    </message>
    <message>
        <source>This record, activity or conversation no longer exists on the hub.</source>
        <translation>Este registro, atividade ou conversa não existe mais no hub.</translation>
    </message>
    <message>
        <source>This predefined text no longer exists; someone may have deleted it.</source>
        <translation>Este texto predefinido não existe mais; talvez alguém o tenha excluído.</translation>
    </message>
    <message>
        <source>The template or WhatsApp number no longer exists.</source>
        <translation>O modelo ou o número do WhatsApp não existe mais.</translation>
    </message>
    <message>
        <source>This item no longer exists on the hub; someone may have deleted it.</source>
        <translation>Este item não existe mais no hub; alguém pode tê-lo excluído.</translation>
    </message>
    <message>
        <source>Give the activity a title.</source>
        <translation>Dê um título à atividade.</translation>
    </message>
    <message>
        <source>The linked company or person no longer exists; choose another one.</source>
        <translation>A empresa ou pessoa vinculada não existe mais; escolha outra.</translation>
    </message>
    <message>
        <source>Fill in at least one field.</source>
        <translation>Preencha pelo menos um campo.</translation>
    </message>
    <message>
        <source>That agent no longer exists or is inactive; choose another owner.</source>
        <translation>Esse agente não existe mais ou está inativo; escolha outro proprietário.</translation>
    </message>
    <message>
        <source>The module of a predefined text cannot be changed: its merge fields depend on it. Create a new text for another module.</source>
        <translation>Não é possível alterar o módulo de um texto predefinido: os campos de mesclagem dependem dele. Crie um novo texto para outro módulo.</translation>
    </message>
    <message>
        <source>A predefined text needs a name and a message.</source>
        <translation>Um texto predefinido precisa de nome e mensagem.</translation>
    </message>
    <message>
        <source>Automations send to leads or contacts only.</source>
        <translation>As automações enviam mensagens somente para leads ou contatos.</translation>
    </message>
    <message>
        <source>Choose a template of the same module as the records.</source>
        <translation>Escolha um modelo do mesmo módulo dos registros.</translation>
    </message>
    <message>
        <source>This automation exists already.</source>
        <translation>Esta automação já existe.</translation>
    </message>
    <message>
        <source>The record had no Mobile or Phone to send to.</source>
        <translation>O registro não tinha celular nem telefone para o envio.</translation>
    </message>
    <message>
        <source>A login is 1 to 64 letters, digits or . _ @ -</source>
        <translation>O login deve ter de 1 a 64 letras, dígitos ou . _ @ -</translation>
    </message>
    <message>
        <source>Someone already has this login.</source>
        <translation>Este login já está em uso.</translation>
    </message>
    <message>
        <source>Give the agent a name.</source>
        <translation>Dê um nome ao agente.</translation>
    </message>
    <message>
        <source>A password has at least 8 characters.</source>
        <translation>A senha deve ter pelo menos 8 caracteres.</translation>
    </message>
    <message>
        <source>This is the team&apos;s only active admin: make someone else an admin first.</source>
        <translation>Este é o único administrador ativo da equipe: torne outra pessoa administrador primeiro.</translation>
    </message>
    <message>
        <source>One of the chosen agents no longer exists.</source>
        <translation>Um dos agentes escolhidos não existe mais.</translation>
    </message>
    <message>
        <source>Give the group a name.</source>
        <translation>Dê um nome ao grupo.</translation>
    </message>
    <message>
        <source>There is already a group with this name.</source>
        <translation>Já existe um grupo com este nome.</translation>
    </message>
    <message>
        <source>One of the chosen groups no longer exists.</source>
        <translation>Um dos grupos escolhidos não existe mais.</translation>
    </message>
    <message>
        <source>Give the department a name.</source>
        <translation>Dê um nome ao departamento.</translation>
    </message>
    <message>
        <source>This department no longer exists. Choose another one.</source>
        <translation>Este departamento não existe mais. Escolha outro.</translation>
    </message>
    <message>
        <source>Choose who receives the new customers.</source>
        <translation>Escolha quem recebe os novos clientes.</translation>
    </message>
    <message>
        <source>The auto-close time is not valid.</source>
        <translation>O tempo de fechamento automático não é válido.</translation>
    </message>
    <message>
        <source>The Graph API address is not valid.</source>
        <translation>O endereço da Graph API não é válido.</translation>
    </message>
    <message>
        <source>This rate plan does not exist.</source>
        <translation>Este plano de tarifas não existe.</translation>
    </message>
    <message>
        <source>The payment did not go through; no credits were added.</source>
        <translation>O pagamento não foi concluído; nenhum crédito foi adicionado.</translation>
    </message>
    <message>
        <source>Auto-recharge failed: the payment did not go through.</source>
        <translation>A recarga automática falhou: o pagamento não foi concluído.</translation>
    </message>
    <message>
        <source>Choose one of the trial states.</source>
        <translation>Escolha um dos estados da avaliação.</translation>
    </message>
    <message>
        <source>The hub refused the change (%1).</source>
        <translation>O hub recusou a alteração (%1).</translation>
    </message>
    <message>
        <source>WhatsApp sends audio without a caption: remove the text.</source>
        <translation>O WhatsApp envia áudio sem legenda: remova o texto.</translation>
    </message>
    <message>
        <source>The caption is too long for WhatsApp: %1</source>
        <translation>A legenda é longa demais para o WhatsApp: %1</translation>
    </message>
    <message>
        <source>That message is no longer in this conversation.</source>
        <translation>Essa mensagem não está mais nesta conversa.</translation>
    </message>
    <message>
        <source>That message has not reached WhatsApp yet, so it cannot be answered.</source>
        <translation>Essa mensagem ainda não chegou ao WhatsApp, então não pode ser respondida.</translation>
    </message>
    <message>
        <source>A reaction is one emoji.</source>
        <translation>Uma reação é um único emoji.</translation>
    </message>
    <message>
        <source>Give one sample value for each field of the template: %1</source>
        <translation>Informe um valor de exemplo para cada campo do modelo: %1</translation>
    </message>
    <message>
        <source>This conversation&apos;s number does not serve that department.</source>
        <translation>O número desta conversa não atende esse departamento.</translation>
    </message>
    <message>
        <source>Only leads and contacts are merged.</source>
        <translation>Apenas leads e contatos podem ser mesclados.</translation>
    </message>
    <message>
        <source>A record cannot be merged into itself.</source>
        <translation>Um registro não pode ser mesclado consigo mesmo.</translation>
    </message>
    <message>
        <source>The hub is busy with other passwords. Try again in a moment.</source>
        <translation>O hub está ocupado com outras senhas. Tente novamente em instantes.</translation>
    </message>
    <message>
        <source>The hub could not store the password. Try again.</source>
        <translation>O hub não conseguiu guardar a senha. Tente novamente.</translation>
    </message>
    <message>
        <source>WhatsApp did not accept the code: %1</source>
        <translation>O WhatsApp não aceitou o código: %1</translation>
    </message>
    <message>
        <source>WhatsApp did not send a code: %1</source>
        <translation>O WhatsApp não enviou um código: %1</translation>
    </message>
    <message>
        <source>This is not the number&apos;s two-step verification PIN.</source>
        <translation>Este não é o PIN de verificação em duas etapas do número.</translation>
    </message>
    <message>
        <source>Verify the number with its code before registering it.</source>
        <translation>Verifique o número com o código antes de registrá-lo.</translation>
    </message>
    <message>
        <source>Too many attempts for this number in a short time: wait a few minutes and try again.</source>
        <translation>Tentativas demais para este número em pouco tempo: aguarde alguns minutos e tente de novo.</translation>
    </message>
    <message>
        <source>This ticket or its conversation is no longer yours to see on the hub.</source>
        <translation>Este ticket ou a conversa dele não está mais visível para você no hub.</translation>
    </message>
    <message>
        <source>Give the ticket a subject of at most 255 characters.</source>
        <translation>Dê ao ticket um assunto de até 255 caracteres.</translation>
    </message>
    <message>
        <source>This conversation is a ticket already.</source>
        <translation>Esta conversa já é um ticket.</translation>
    </message>
    <message>
        <source>That agent no longer exists, is inactive or cannot change anything; choose another.</source>
        <translation>Esse agente não existe mais, está inativo ou não pode alterar nada; escolha outro.</translation>
    </message>
    <message>
        <source>A comment has 1 to 10,000 characters.</source>
        <translation>Um comentário tem de 1 a 10.000 caracteres.</translation>
    </message>
    <message>
        <source>This ticket has as many comments as a ticket keeps.</source>
        <translation>Este ticket já tem o máximo de comentários que um ticket guarda.</translation>
    </message>
    <message>
        <source>A label&apos;s name has 1 to 40 characters.</source>
        <translation>O nome de uma etiqueta tem de 1 a 40 caracteres.</translation>
    </message>
    <message>
        <source>Choose a colour for the label.</source>
        <translation>Escolha uma cor para a etiqueta.</translation>
    </message>
    <message>
        <source>There is already a label of that name.</source>
        <translation>Já existe uma etiqueta com esse nome.</translation>
    </message>
    <message>
        <source>That label no longer exists; choose another one.</source>
        <translation>Essa etiqueta não existe mais; escolha outra.</translation>
    </message>
    <message>
        <source>That team no longer exists; choose another one.</source>
        <translation>Essa equipe não existe mais; escolha outra.</translation>
    </message>
    <message>
        <source>Choose a time still to come.</source>
        <translation>Escolha um horário no futuro.</translation>
    </message>
    <message>
        <source>The code is the 6 digits WhatsApp sent, nothing else.</source>
        <translation>O código são os 6 dígitos que o WhatsApp enviou, nada mais.</translation>
    </message>
    <message>
        <source>The PIN is 6 digits.</source>
        <translation>O PIN tem 6 dígitos.</translation>
    </message>
    <message>
        <source>WhatsApp cannot send the code in this language.</source>
        <translation>O WhatsApp não consegue enviar o código neste idioma.</translation>
    </message>
    <message>
        <source>Activate or connect this WhatsApp number before registering it.</source>
        <translation>Ative ou conecte este número do WhatsApp antes de registrá-lo.</translation>
    </message>
    <message>
        <source>Paste the access token exactly as Meta shows it.</source>
        <translation>Cole o token de acesso exatamente como a Meta o mostra.</translation>
    </message>
    <message>
        <source>A view&apos;s name has 1 to 60 characters.</source>
        <translation>O nome de uma visualização tem de 1 a 60 caracteres.</translation>
    </message>
    <message>
        <source>The hub cannot run this view&apos;s filter. Change it and save again.</source>
        <translation>O hub não consegue aplicar o filtro desta visualização. Altere-o e salve de novo.</translation>
    </message>
    <message>
        <source>This view is shared with the team; only admins change it.</source>
        <translation>Esta visualização é compartilhada com a equipe; só administradores a alteram.</translation>
    </message>
    <message>
        <source>You have as many saved views as the hub keeps (50). Delete one first.</source>
        <translation>Você já tem tantas visualizações salvas quanto o hub guarda (50). Exclua uma primeiro.</translation>
    </message>
    <message>
        <source>Each condition needs a field and, to compare, a value (at most 10 conditions).</source>
        <translation>Cada condição precisa de um campo e, para comparar, de um valor (no máximo 10 condições).</translation>
    </message>
    <message>
        <source>&quot;Changes to&quot; and &quot;changed&quot; only work when a record is updated.</source>
        <translation>&quot;Muda para&quot; e &quot;mudou&quot; só funcionam quando um registro é atualizado.</translation>
    </message>
    <message>
        <source>No reply waits from 1 to 720 hours.</source>
        <translation>Sem resposta espera de 1 a 720 horas.</translation>
    </message>
    <message>
        <source>Choose what the action sends, assigns or labels.</source>
        <translation>Escolha o que a ação envia, atribui ou etiqueta.</translation>
    </message>
    <message>
        <source>That agent, team or label does not exist any more.</source>
        <translation>Esse agente, equipe ou etiqueta não existe mais.</translation>
    </message>
    <message>
        <source>The record has no conversation to act on.</source>
        <translation>O registro não tem conversa em que agir.</translation>
    </message>
    <message>
        <source>Nothing to do: the conversation was like that already.</source>
        <translation>Nada a fazer: a conversa já estava assim.</translation>
    </message>
    <message>
        <source>The change was made by this automation itself.</source>
        <translation>A mudança foi feita por esta própria automação.</translation>
    </message>
    <message>
        <source>Too many automations set each other off in a row.</source>
        <translation>Automações demais dispararam umas às outras em sequência.</translation>
    </message>
    <message>
        <source>The conditions did not hold.</source>
        <translation>As condições não foram atendidas.</translation>
    </message>
    <message>
        <source>No active admin is left to act for the automation.</source>
        <translation>Não há mais nenhum administrador ativo para agir pela automação.</translation>
    </message>
    <message>
        <source>The hub stopped during this run.</source>
        <translation>O hub parou durante esta execução.</translation>
    </message>
    <message>
        <source>You have muted too many conversations; unmute one first.</source>
        <translation>Você silenciou conversas demais; reative uma primeiro.</translation>
    </message>
    <message>
        <source>This quote or its record is no longer yours to see on the hub.</source>
        <translation>Este orçamento ou o seu registro não está mais visível para você no hub.</translation>
    </message>
    <message>
        <source>This record has as many quotes as a record keeps.</source>
        <translation>Este registro já tem o máximo de orçamentos que um registro guarda.</translation>
    </message>
    <message>
        <source>A survey template needs five quick-reply buttons, one for each score from 1 to 5.</source>
        <translation>Um modelo de pesquisa precisa de cinco botões de resposta rápida, um para cada nota de 1 a 5.</translation>
    </message>
</context>
<context>
    <name>MediaBubble</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Figurinha</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>Mensagem de voz</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Áudio</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
</context>
<context>
    <name>MergePreview</name>
    <message>
        <source>Unknown field: %1</source>
        <translation>Campo desconhecido: %1</translation>
    </message>
    <message>
        <source>No %1 record for this conversation: %2</source>
        <translation>Esta conversa não tem registro de %1: %2</translation>
    </message>
    <message>
        <source>No value: %1</source>
        <translation>Sem valor: %1</translation>
    </message>
    <message>
        <source>(no %1)</source>
        <translation>(sem %1)</translation>
    </message>
</context>
<context>
    <name>Module</name>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Negócios</translation>
    </message>
</context>
<context>
    <name>RateCountry</name>
    <message>
        <source>United States and Canada</source>
        <translation>Estados Unidos e Canadá</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>Jamaica</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Alemanha</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>México</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasil</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japão</translation>
    </message>
    <message>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Índia</translation>
    </message>
</context>
<context>
    <name>RecordField</name>
    <message>
        <source>First Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last Name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <source>Full Name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Celular</translation>
    </message>
    <message>
        <source>Lead Source</source>
        <translation>Origem do lead</translation>
    </message>
    <message>
        <source>Lead Status</source>
        <translation>Status do lead</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Account Name</source>
        <translation>Nome da conta</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Mailing City</source>
        <translation>Cidade (correspondência)</translation>
    </message>
    <message>
        <source>Mailing Country</source>
        <translation>País (correspondência)</translation>
    </message>
    <message>
        <source>Company Name</source>
        <translation>Nome da empresa</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Funcionários</translation>
    </message>
    <message>
        <source>Deal Name</source>
        <translation>Nome do negócio</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Closing Date</source>
        <translation>Data de fechamento</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Funil</translation>
    </message>
    <message>
        <source>Contact Name</source>
        <translation>Nome do contato</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a field a merge kept twice: its name, its number</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>RuleError</name>
    <message>
        <source>Not enough credits: this message costs {cost} credits and the balance is {balance}. Buy credits or turn on auto-recharge.</source>
        <translation>Créditos insuficientes: esta mensagem custa {cost} créditos e o saldo é de {balance}. Compre créditos ou ative a recarga automática.</translation>
    </message>
    <message>
        <source>Credits can be bought once the channel&apos;s number is connected; it is {status} now.</source>
        <translation>Só é possível comprar créditos depois que o número do canal estiver conectado; o status atual é {status}.</translation>
    </message>
    <message>
        <source>Enter a whole number of credits to buy, from 1 to {max}.</source>
        <translation>Informe um número inteiro de créditos a comprar, de 1 a {max}.</translation>
    </message>
    <message>
        <source>Auto-recharge needs the number of credits to add, at least 1.</source>
        <translation>A recarga automática precisa da quantidade de créditos a adicionar, no mínimo 1.</translation>
    </message>
    <message>
        <source>The minimum balance to keep cannot be negative.</source>
        <translation>O saldo mínimo a manter não pode ser negativo.</translation>
    </message>
    <message>
        <source>During the trial, business-initiated messages can go to at most {limit} numbers; {number} would be one more. Verify your business to lift this.</source>
        <translation>Durante a avaliação, as mensagens iniciadas pela empresa podem ir para no máximo {limit} números; {number} seria mais um. Verifique sua empresa para remover esse limite.</translation>
    </message>
    <message>
        <source>During the trial you can reply in at most {limit} customer-initiated conversations. Verify your business to continue.</source>
        <translation>Durante a avaliação, você pode responder em no máximo {limit} conversas iniciadas pelo cliente. Verifique sua empresa para continuar.</translation>
    </message>
    <message>
        <source>The {days}-day trial has ended. Verify your business to keep sending messages.</source>
        <translation>A avaliação de {days} dias terminou. Verifique sua empresa para continuar enviando mensagens.</translation>
    </message>
    <message>
        <source>The expanded trial&apos;s {limit} customer-initiated messages are used up. Choose a price plan to keep sending.</source>
        <translation>As {limit} mensagens iniciadas pelo cliente da avaliação expandida se esgotaram. Escolha um plano de preços para continuar enviando.</translation>
    </message>
    <message>
        <source>The value of one credit must be a positive amount in the plan&apos;s currency.</source>
        <translation>O valor de um crédito deve ser um valor positivo na moeda do plano.</translation>
    </message>
    <message>
        <source>The price {price} is not in the plan&apos;s currency, {currency}.</source>
        <translation>O preço {price} não está na moeda do plano, {currency}.</translation>
    </message>
    <message>
        <source>The price {price} is not a whole number of credits worth {credit} each. Use a smaller credit or round the price.</source>
        <translation>O preço {price} não corresponde a um número inteiro de créditos de {credit} cada. Use um crédito de valor menor ou arredonde o preço.</translation>
    </message>
    <message>
        <source>Session price steps must rise in message count and end with a price for all further messages.</source>
        <translation>As faixas de preço por sessão devem crescer em número de mensagens e terminar com um preço para todas as mensagens seguintes.</translation>
    </message>
    <message>
        <source>The country prefix &quot;{prefix}&quot; must be digits and appear only once.</source>
        <translation>O código do país &quot;{prefix}&quot; deve ter apenas dígitos e aparecer só uma vez.</translation>
    </message>
    <message>
        <source>A credit pack must hold at least one credit.</source>
        <translation>Um pacote de créditos deve ter pelo menos um crédito.</translation>
    </message>
    <message>
        <source>Enter a number from 1 to {max} for the period.</source>
        <translation>Informe um número de 1 a {max} para o período.</translation>
    </message>
    <message>
        <source>Choose a user, or &quot;me&quot;, for this filter.</source>
        <translation>Escolha um usuário, ou &quot;Eu&quot;, para este filtro.</translation>
    </message>
    <message>
        <source>This saved view cannot be read: {detail}</source>
        <translation>Não é possível ler esta visualização salva: {detail}</translation>
    </message>
    <message>
        <source>At most {max} files can be sent at once; {count} were chosen. Remove {files}.</source>
        <translation>É possível enviar no máximo {max} arquivos por vez; {count} foram escolhidos. Remova {files}.</translation>
    </message>
    <message>
        <source>{file} cannot be sent: only {allowed} files are allowed.</source>
        <translation>Não é possível enviar {file}: só são permitidos arquivos {allowed}.</translation>
    </message>
    <message>
        <source>{file} cannot be sent: its name says {expected}, but its content is not a {expected} file.</source>
        <translation>Não é possível enviar {file}: o nome indica {expected}, mas o conteúdo não é um arquivo {expected}.</translation>
    </message>
    <message>
        <source>{file} is too large: WhatsApp accepts at most {maxMb} MB for this type of file.</source>
        <translation>{file} é grande demais: o WhatsApp aceita no máximo {maxMb} MB para este tipo de arquivo.</translation>
    </message>
    <message>
        <source>{file} is empty and cannot be sent.</source>
        <translation>{file} está vazio e não pode ser enviado.</translation>
    </message>
    <message>
        <source>Give the channel a name.</source>
        <translation>Dê um nome ao canal.</translation>
    </message>
    <message>
        <source>Choose the department that receives this channel&apos;s chats.</source>
        <translation>Escolha o departamento que recebe os chats deste canal.</translation>
    </message>
    <message>
        <source>{file} cannot be the channel icon: use a .jpg, .jpeg or .png image.</source>
        <translation>{file} não pode ser o ícone do canal: use uma imagem .jpg, .jpeg ou .png.</translation>
    </message>
    <message>
        <source>{file} is empty and cannot be the channel icon.</source>
        <translation>{file} está vazio e não pode ser o ícone do canal.</translation>
    </message>
    <message>
        <source>{file} is too large for the channel icon: at most {maxMb} MB is allowed.</source>
        <translation>{file} é grande demais para o ícone do canal: o máximo permitido é {maxMb} MB.</translation>
    </message>
    <message>
        <source>Enter the channel&apos;s WhatsApp phone number.</source>
        <translation>Informe o número de telefone do WhatsApp do canal.</translation>
    </message>
    <message>
        <source>{number} is not a valid phone number: enter it with its country code, 8 to 15 digits, for example +55 11 91234 5678.</source>
        <translation>{number} não é um número de telefone válido: informe-o com o código do país, de 8 a 15 dígitos, por exemplo +55 11 91234 5678.</translation>
    </message>
    <message>
        <source>There are already {channels} channels for {departments} departments; a channel needs a department of its own. Add a department first.</source>
        <translation>Já existem {channels} canais para {departments} departamentos; cada canal precisa de um departamento próprio. Adicione um departamento primeiro.</translation>
    </message>
    <message>
        <source>The number {number} is already connected as channel &quot;{channel}&quot;. A number can be connected only once, and moving a number from another channel or product is not supported.</source>
        <translation>O número {number} já está conectado como o canal &quot;{channel}&quot;. Um número só pode ser conectado uma vez, e não é possível migrar um número de outro canal ou produto.</translation>
    </message>
    <message>
        <source>Enter the WhatsApp Business Account (WABA) id.</source>
        <translation>Informe o ID da conta do WhatsApp Business (WABA).</translation>
    </message>
    <message>
        <source>The WhatsApp Business Account id is a number, as shown in Meta&apos;s WhatsApp Manager.</source>
        <translation>O ID da conta do WhatsApp Business é um número, como aparece no Gerenciador do WhatsApp da Meta.</translation>
    </message>
    <message>
        <source>Enter the phone number id from Meta&apos;s API setup page.</source>
        <translation>Informe o ID do número de telefone, da página de configuração da API da Meta.</translation>
    </message>
    <message>
        <source>The phone number id is a number, as shown on Meta&apos;s API setup page (it is not the phone number itself).</source>
        <translation>O ID do número de telefone é um número, como aparece na página de configuração da API da Meta (não é o próprio número de telefone).</translation>
    </message>
    <message>
        <source>Enter the Graph API access token.</source>
        <translation>Informe o token de acesso da Graph API.</translation>
    </message>
    <message>
        <source>Enter the Meta app secret; it is needed to verify incoming webhooks.</source>
        <translation>Informe a chave secreta do app da Meta; ela é necessária para verificar os webhooks recebidos.</translation>
    </message>
    <message>
        <source>Enter a webhook verify token; Meta sends it back when the webhook is registered.</source>
        <translation>Informe um token de verificação do webhook; a Meta o devolve quando o webhook é registrado.</translation>
    </message>
    <message>
        <source>{field} is not a known field, so it cannot be filled. Check the module and field name.</source>
        <translation>{field} não é um campo conhecido e não pode ser preenchido. Verifique o módulo e o nome do campo.</translation>
    </message>
    <message>
        <source>{field} cannot be filled: this conversation has no {module} record.</source>
        <translation>Não é possível preencher {field}: esta conversa não tem registro de {module}.</translation>
    </message>
    <message>
        <source>{field} has no value on this record.</source>
        <translation>{field} não tem valor neste registro.</translation>
    </message>
    <message>
        <source>The 24-hour window closed {closedAgo} ago. Send an approved template instead; a new window opens when the customer answers.</source>
        <translation>A janela de 24 horas fechou há {closedAgo}. Envie um modelo aprovado; uma nova janela se abre quando o cliente responder.</translation>
    </message>
    <message>
        <source>This customer has not written yet. Only an approved template can start the conversation; free-form replies are possible once they answer.</source>
        <translation>Este cliente ainda não escreveu. Só um modelo aprovado pode iniciar a conversa; respostas livres ficam disponíveis quando o cliente responder.</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Dê um nome ao modelo.</translation>
    </message>
    <message>
        <source>The template name has {length} characters; WhatsApp allows at most {max}.</source>
        <translation>O nome do modelo tem {length} caracteres; o WhatsApp permite no máximo {max}.</translation>
    </message>
    <message>
        <source>The template name may only contain lowercase letters a-z, digits and underscores: no capitals, spaces or hyphens.</source>
        <translation>O nome do modelo só pode ter letras minúsculas de a-z, dígitos e sublinhados: sem maiúsculas, espaços ou hifens.</translation>
    </message>
    <message>
        <source>Choose the template&apos;s language.</source>
        <translation>Escolha o idioma do modelo.</translation>
    </message>
    <message>
        <source>The category must be Marketing or Utility.</source>
        <translation>A categoria deve ser Marketing ou Utilidade.</translation>
    </message>
    <message>
        <source>The template body is empty.</source>
        <translation>O corpo do modelo está vazio.</translation>
    </message>
    <message>
        <source>The body may not contain double braces; insert fields with # instead.</source>
        <translation>O corpo não pode conter chaves duplas; insira os campos com #.</translation>
    </message>
    <message>
        <source>The body has {length} characters; the limit is {max}.</source>
        <translation>O corpo tem {length} caracteres; o limite é {max}.</translation>
    </message>
    <message>
        <source>The body has {count} merge fields; the limit is {max}.</source>
        <translation>O corpo tem {count} campos de mesclagem; o limite é {max}.</translation>
    </message>
    <message>
        <source>{field} is not a field of {module}; insert fields with # to pick one.</source>
        <translation>{field} não é um campo de {module}; insira os campos com # para escolher um.</translation>
    </message>
    <message>
        <source>{first} and {second} have no text between them, which WhatsApp rejects. Add some words between them.</source>
        <translation>Não há texto entre {first} e {second}, e o WhatsApp rejeita isso. Adicione algumas palavras entre eles.</translation>
    </message>
    <message>
        <source>The body starts or ends with {field}, which WhatsApp rejects. Add some words before or after it.</source>
        <translation>O corpo começa ou termina com {field}, e o WhatsApp rejeita isso. Adicione algumas palavras antes ou depois dele.</translation>
    </message>
    <message>
        <source>The account already has {count} templates (pending, approved or rejected); the limit is {max}. Delete one before submitting another.</source>
        <translation>A conta já tem {count} modelos (pendentes, aprovados ou rejeitados); o limite é {max}. Exclua um antes de enviar outro para análise.</translation>
    </message>
    <message>
        <source>This template is in review with WhatsApp and cannot be edited until the review ends.</source>
        <translation>Este modelo está em análise pelo WhatsApp e não pode ser editado até o fim da análise.</translation>
    </message>
    <message>
        <source>This template is approved and can no longer be edited; create a new one instead.</source>
        <translation>Este modelo já foi aprovado e não pode mais ser editado; crie um novo.</translation>
    </message>
    <message>
        <source>The template {name} is not approved by WhatsApp, so it cannot be sent.</source>
        <translation>O modelo {name} não foi aprovado pelo WhatsApp e, por isso, não pode ser enviado.</translation>
    </message>
    <message>
        <source>The About text has {length} characters; the limit is {max}.</source>
        <translation>O texto &quot;Sobre&quot; tem {length} caracteres; o limite é {max}.</translation>
    </message>
    <message>
        <source>The description has {length} characters; the limit is {max}.</source>
        <translation>A descrição tem {length} caracteres; o limite é {max}.</translation>
    </message>
    <message>
        <source>The address has {length} characters; the limit is {max}.</source>
        <translation>O endereço tem {length} caracteres; o limite é {max}.</translation>
    </message>
    <message>
        <source>The email has {length} characters; the limit is {max}.</source>
        <translation>O e-mail tem {length} caracteres; o limite é {max}.</translation>
    </message>
    <message>
        <source>{email} is not a valid email address.</source>
        <translation>{email} não é um endereço de e-mail válido.</translation>
    </message>
    <message>
        <source>{count} websites were given; WhatsApp shows at most {max}.</source>
        <translation>Foram informados {count} sites; o WhatsApp mostra no máximo {max}.</translation>
    </message>
    <message>
        <source>A website has {length} characters; the limit is {max}.</source>
        <translation>Um site tem {length} caracteres; o limite é {max}.</translation>
    </message>
    <message>
        <source>{url} must start with http:// or https://.</source>
        <translation>{url} deve começar com http:// ou https://.</translation>
    </message>
    <message>
        <source>{vertical} is not a WhatsApp business category.</source>
        <translation>{vertical} não é uma categoria de empresa do WhatsApp.</translation>
    </message>
    <message>
        <source>Quotes belong to leads, contacts and deals only.</source>
        <translation>Orçamentos pertencem apenas a leads, contatos e negócios.</translation>
    </message>
    <message>
        <source>Give the quote a title of 1 to {max} characters.</source>
        <translation>Dê ao orçamento um título de 1 a {max} caracteres.</translation>
    </message>
    <message>
        <source>Choose one of the listed currencies for the quote.</source>
        <translation>Escolha uma das moedas listadas para o orçamento.</translation>
    </message>
    <message>
        <source>A quote has 1 to {max} line items.</source>
        <translation>Um orçamento tem de 1 a {max} itens.</translation>
    </message>
    <message>
        <source>Line {item}: describe the item in 1 to {max} characters.</source>
        <translation>Linha {item}: descreva o item em 1 a {max} caracteres.</translation>
    </message>
    <message>
        <source>Line {item}: the quantity is more than 0 and at most 1,000,000.</source>
        <translation>Linha {item}: a quantidade é maior que 0 e no máximo 1.000.000.</translation>
    </message>
    <message>
        <source>Line {item}: the unit price is 0 or more, within bounds.</source>
        <translation>Linha {item}: o preço unitário é 0 ou mais, dentro do limite.</translation>
    </message>
    <message>
        <source>Line {item}: discount and tax are percentages from 0 to 100.</source>
        <translation>Linha {item}: desconto e imposto são porcentagens de 0 a 100.</translation>
    </message>
    <message>
        <source>The quote must be valid until a day on or after its date, at most ten years ahead.</source>
        <translation>O orçamento deve valer até um dia igual ou posterior à sua data, no máximo dez anos à frente.</translation>
    </message>
    <message>
        <source>The quote&apos;s notes have at most {max} characters.</source>
        <translation>As notas do orçamento têm no máximo {max} caracteres.</translation>
    </message>
    <message>
        <source>Only a draft quote can be edited; this one was sent.</source>
        <translation>Só um orçamento em rascunho pode ser editado; este já foi enviado.</translation>
    </message>
    <message>
        <source>A quote cannot change from {from} to {to}.</source>
        <translation>Um orçamento não pode passar de {from} para {to}.</translation>
    </message>
    <message>
        <source>Write the header text, or choose no header.</source>
        <translation>Escreva o texto do cabeçalho ou escolha sem cabeçalho.</translation>
    </message>
    <message>
        <source>The header has {length} characters; the limit is {max}.</source>
        <translation>O cabeçalho tem {length} caracteres; o limite é {max}.</translation>
    </message>
    <message>
        <source>A header may hold one variable, written {{1}}, and nothing else in double braces.</source>
        <translation>O cabeçalho pode ter uma variável, escrita {{1}}, e nada mais entre chaves duplas.</translation>
    </message>
    <message>
        <source>Give a sample value for the header&apos;s {{1}}; WhatsApp&apos;s review needs it.</source>
        <translation>Informe um valor de exemplo para o {{1}} do cabeçalho; a análise do WhatsApp precisa dele.</translation>
    </message>
    <message>
        <source>Upload a sample image, video or document for the header; WhatsApp&apos;s review needs it.</source>
        <translation>Envie uma imagem, vídeo ou documento de exemplo para o cabeçalho; a análise do WhatsApp precisa dele.</translation>
    </message>
    <message>
        <source>The footer has {length} characters; the limit is {max}.</source>
        <translation>O rodapé tem {length} caracteres; o limite é {max}.</translation>
    </message>
    <message>
        <source>The footer is fixed text: it cannot hold variables.</source>
        <translation>O rodapé é um texto fixo: não pode ter variáveis.</translation>
    </message>
    <message>
        <source>The template has {count} buttons; the limit is {max}.</source>
        <translation>O modelo tem {count} botões; o limite é {max}.</translation>
    </message>
    <message>
        <source>The template has {count} quick reply buttons; the limit is {max}.</source>
        <translation>O modelo tem {count} botões de resposta rápida; o limite é {max}.</translation>
    </message>
    <message>
        <source>The template has {count} link buttons; the limit is {max}.</source>
        <translation>O modelo tem {count} botões de link; o limite é {max}.</translation>
    </message>
    <message>
        <source>The template has {count} call buttons; the limit is {max}.</source>
        <translation>O modelo tem {count} botões de ligação; o limite é {max}.</translation>
    </message>
    <message>
        <source>Quick reply buttons must be next to each other, before or after the link and call buttons.</source>
        <translation>Os botões de resposta rápida devem ficar juntos, antes ou depois dos botões de link e de ligação.</translation>
    </message>
    <message>
        <source>Button {number} has no label.</source>
        <translation>O botão {number} não tem rótulo.</translation>
    </message>
    <message>
        <source>The label of button {number} has {length} characters; the limit is {max}.</source>
        <translation>O rótulo do botão {number} tem {length} caracteres; o limite é {max}.</translation>
    </message>
    <message>
        <source>Button {number} needs a web address starting with https:// or http://; it may end in {{1}} and hold no other variable.</source>
        <translation>O botão {number} precisa de um endereço web que comece com https:// ou http://; ele pode terminar em {{1}} e não ter outra variável.</translation>
    </message>
    <message>
        <source>Give a sample ending for the address of button {number}; WhatsApp&apos;s review needs it.</source>
        <translation>Informe um final de exemplo para o endereço do botão {number}; a análise do WhatsApp precisa dele.</translation>
    </message>
    <message>
        <source>Button {number} needs a phone number with its country code, like +5511987650001 (at most {max} characters).</source>
        <translation>O botão {number} precisa de um número de telefone com o código do país, como +5511987650001 (no máximo {max} caracteres).</translation>
    </message>
    <message>
        <source>Give the value of the template&apos;s header.</source>
        <translation>Informe o valor do cabeçalho do modelo.</translation>
    </message>
    <message>
        <source>The header value must be one line of at most {max} characters.</source>
        <translation>O valor do cabeçalho deve ser uma linha de no máximo {max} caracteres.</translation>
    </message>
    <message>
        <source>The header needs a link to the file, starting with https://.</source>
        <translation>O cabeçalho precisa de um link para o arquivo, começando com https://.</translation>
    </message>
    <message>
        <source>Give the ending of the address of the template&apos;s link button {number}.</source>
        <translation>Informe o final do endereço do botão de link {number} do modelo.</translation>
    </message>
    <message>
        <source>This template has no header or link values to fill.</source>
        <translation>Este modelo não tem valores de cabeçalho ou de link para preencher.</translation>
    </message>
    <message>
        <source>A country is its calling code: 1 to {max} digits, not starting with 0 (55 for Brazil, 1876 for Jamaica).</source>
        <translation>Um país é indicado pelo código do país: de 1 a {max} dígitos, sem começar com 0 (55 para o Brasil, 1876 para a Jamaica).</translation>
    </message>
    <message>
        <source>A price is for marketing, utility, authentication or service messages.</source>
        <translation>Um preço vale para mensagens de marketing, utilidade, autenticação ou serviço.</translation>
    </message>
    <message>
        <source>A price is from 0 to {max} per message.</source>
        <translation>Um preço vai de 0 a {max} por mensagem.</translation>
    </message>
    <message>
        <source>A country&apos;s name is one line of at most {max} characters.</source>
        <translation>O nome de um país é uma linha de no máximo {max} caracteres.</translation>
    </message>
    <message>
        <source>A plan&apos;s rate table holds at most {max} countries.</source>
        <translation>A tabela de preços de um plano comporta no máximo {max} países.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>New chat…</source>
        <translation>Novo chat…</translation>
    </message>
    <message>
        <source>Predefined texts…</source>
        <translation>Textos predefinidos…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <source>Administration…</source>
        <translation>Administração…</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Enviar a resposta</translation>
    </message>
    <message>
        <source>Insert a predefined text…</source>
        <translation>Inserir um texto predefinido…</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Atribuir a mim</translation>
    </message>
    <message>
        <source>Conversation actions (assign to, notes, activities)…</source>
        <translation>Ações da conversa (atribuir, notas, atividades)…</translation>
    </message>
    <message>
        <source>Close (resolve) or reopen the conversation</source>
        <translation>Encerrar (resolver) ou reabrir a conversa</translation>
    </message>
    <message>
        <source>Snooze…</source>
        <translation>Lembrar depois…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrar…</translation>
    </message>
    <message>
        <source>Go to conversation…</source>
        <translation>Ir para a conversa…</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Próxima conversa</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Conversa anterior</translation>
    </message>
    <message>
        <source>Next unread conversation</source>
        <translation>Próxima conversa não lida</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Reply to the chosen message</source>
        <translation>Responder à mensagem escolhida</translation>
    </message>
    <message>
        <source>React to the chosen message…</source>
        <translation>Reagir à mensagem escolhida…</translation>
    </message>
    <message>
        <source>Records (leads, contacts, companies, deals)…</source>
        <translation>Registros (leads, contatos, empresas, negócios)…</translation>
    </message>
</context>
<context>
    <name>TemplatePreview</name>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
</context>
<context>
    <name>TemplateReason</name>
    <message>
        <source>wrong category</source>
        <translation>categoria errada</translation>
    </message>
    <message>
        <source>invalid format</source>
        <translation>formato inválido</translation>
    </message>
    <message>
        <source>the language or category does not match the content</source>
        <translation>o idioma ou a categoria não correspondem ao conteúdo</translation>
    </message>
    <message>
        <source>promotional content</source>
        <translation>conteúdo promocional</translation>
    </message>
    <message>
        <source>abusive content</source>
        <translation>conteúdo abusivo</translation>
    </message>
    <message>
        <source>looks like spam or a scam</source>
        <translation>parece spam ou golpe</translation>
    </message>
    <message>
        <source>this category is not available to the account</source>
        <translation>esta categoria não está disponível para a conta</translation>
    </message>
</context>
<context>
    <name>TemplateSample</name>
    <message>
        <source>Ana</source>
        <translation>Ana</translation>
    </message>
    <message>
        <source>Silva</source>
        <translation>Silva</translation>
    </message>
    <message>
        <source>Ana Silva</source>
        <translation>Ana Silva</translation>
    </message>
    <message>
        <source>Acme Trading</source>
        <translation>Acme Comércio</translation>
    </message>
    <message>
        <source>São Paulo</source>
        <translation>São Paulo</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasil</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contatado</translation>
    </message>
    <message>
        <source>Purchasing manager</source>
        <translation>Gerente de compras</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>Varejo</translation>
    </message>
    <message>
        <source>Spring order</source>
        <translation>Pedido de primavera</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negociação</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Padrão</translation>
    </message>
</context>
<context>
    <name>TicketTexts</name>
    <message>
        <source>Open</source>
        <translation>Aberto</translation>
    </message>
    <message>
        <source>On Hold</source>
        <translation>Em espera</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fechado</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Não atribuído</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agente %1</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualquer status</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Qualquer prioridade</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Qualquer pessoa</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>WhatsApp Business inbox</source>
        <translation>Caixa de entrada do WhatsApp Business</translation>
    </message>
    <message>
        <source>The hub&apos;s address.</source>
        <translation>O endereço do hub.</translation>
    </message>
    <message>
        <source>Your login.</source>
        <translation>Seu login.</translation>
    </message>
    <message>
        <source>Read the password from a file (for scripts).</source>
        <translation>Ler a senha de um arquivo (para scripts).</translation>
    </message>
    <message>
        <source>Parley is already running but does not respond. Close it and try again.</source>
        <translation>O Parley já está aberto, mas não responde. Feche-o e tente de novo.</translation>
    </message>
</context>
<context>
    <name>parley::ui</name>
    <message>
        <source>Purchase</source>
        <translation>Compra</translation>
    </message>
    <message>
        <source>Auto-recharge</source>
        <translation>Recarga automática</translation>
    </message>
    <message>
        <source>Message charge</source>
        <translation>Cobrança de mensagem</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Session message</source>
        <translation>Mensagem de sessão</translation>
    </message>
    <message>
        <source>Template message</source>
        <translation>Mensagem de modelo</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Utilidade</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticação</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>pending verification</source>
        <translation>verificação pendente</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>desativado</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>desconectado</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>View and reply</source>
        <translation>Visualizar e responder</translation>
    </message>
    <message>
        <source>View only</source>
        <translation>Somente visualização</translation>
    </message>
    <message>
        <source>IM credit</source>
        <translation>crédito IM</translation>
    </message>
    <message>
        <source>point</source>
        <translation>ponto</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>requer atenção</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Negócio</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Negócios</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aberta</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fechada</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceito</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <source>QUOTE</source>
        <translation>ORÇAMENTO</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>Preparado para</translation>
    </message>
    <message>
        <source>Quote number</source>
        <translation>Número do orçamento</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido até</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Preço unitário</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Desconto</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Imposto</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Amounts in %1. This quote is valid until %2.</source>
        <translation>Valores em %1. Este orçamento é válido até %2.</translation>
    </message>
    <message>
        <source>Quote %1.pdf</source>
        <translation>Orçamento %1.pdf</translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation>Orçamento %1</translation>
    </message>
    <message>
        <source>%1 · Page %2 of %3</source>
        <translation>%1 · Página %2 de %3</translation>
    </message>
    <message>
        <source>Other countries</source>
        <translation>Outros países</translation>
    </message>
    <message>
        <source>Sold in packs of %1 credits for %2.</source>
        <translation>Vendidos em pacotes de %1 créditos por %2.</translation>
    </message>
    <message>
        <source>Sold in packs of %1 credits (1 %2) for %3.</source>
        <translation>Vendidos em pacotes de %1 créditos (1 %2) por %3.</translation>
    </message>
    <message>
        <source>× %1 credits = %2 credits for %3</source>
        <translation>× %1 créditos = %2 créditos por %3</translation>
    </message>
    <message>
        <source>× %1 = %2 credits for %3</source>
        <translation>× %1 = %2 créditos por %3</translation>
    </message>
</context>
<context>
    <name>parley::ui::ActivityDialog</name>
    <message>
        <source>Task</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Chamada</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Compromisso</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nova atividade</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>O que precisa ser feito</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Com prazo</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
</context>
<context>
    <name>parley::ui::AdminWindow</name>
    <message>
        <source>Administration</source>
        <translation>Administração</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canais</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>Pesquisa de satisfação</translation>
    </message>
</context>
<context>
    <name>parley::ui::AttachmentListModel</name>
    <message>
        <source>Team</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remetente</translation>
    </message>
</context>
<context>
    <name>parley::ui::AttachmentSender</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Não é possível ler %1.</translation>
    </message>
    <message>
        <source>You have view-only access and cannot send.</source>
        <translation>Seu acesso é somente de visualização e não permite enviar mensagens.</translation>
    </message>
    <message>
        <source>WhatsApp takes no caption on audio files such as %1. Send the audio without text, then the text as a message of its own.</source>
        <translation>O WhatsApp não aceita legenda em arquivos de áudio como %1. Envie o áudio sem texto e depois o texto como uma mensagem separada.</translation>
    </message>
    <message>
        <source>A caption has at most %1 characters.</source>
        <translation>Uma legenda tem no máximo %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>parley::ui::AttachmentsTab</name>
    <message>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos os arquivos</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Áudio</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Salvar como…</translation>
    </message>
    <message>
        <source>Show in chat</source>
        <translation>Mostrar na conversa</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Choose a conversation in the list to see the files sent in it.</source>
        <translation>Escolha uma conversa na lista para ver os arquivos enviados nela.</translation>
    </message>
    <message>
        <source>No files in this conversation yet.</source>
        <translation>Ainda não há arquivos nesta conversa.</translation>
    </message>
    <message>
        <source>No files of this kind in this conversation.</source>
        <translation>Nenhum arquivo deste tipo nesta conversa.</translation>
    </message>
</context>
<context>
    <name>parley::ui::AudioPlayer</name>
    <message>
        <source>This audio cannot be played: %1</source>
        <translation>Este áudio não pode ser reproduzido: %1</translation>
    </message>
    <message>
        <source>No audio output on this computer</source>
        <translation>Nenhuma saída de áudio neste computador</translation>
    </message>
</context>
<context>
    <name>parley::ui::AutomationConditions</name>
    <message>
        <source>Add condition</source>
        <translation>Adicionar condição</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Remover condição</translation>
    </message>
    <message>
        <source>Condition field</source>
        <translation>Campo da condição</translation>
    </message>
    <message>
        <source>Condition operator</source>
        <translation>Operador da condição</translation>
    </message>
    <message>
        <source>Condition value</source>
        <translation>Valor da condição</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Conditions (all must hold)</source>
        <translation>Condições (todas devem ser atendidas)</translation>
    </message>
    <message>
        <source>is</source>
        <translation>é</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>não é</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contém</translation>
    </message>
    <message>
        <source>changes to</source>
        <translation>muda para</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>mudou</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vazio</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>não está vazio</translation>
    </message>
</context>
<context>
    <name>parley::ui::AutomationDialog</name>
    <message>
        <source>New automation</source>
        <translation>Nova automação</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>From the WhatsApp number:</source>
        <translation>Pelo número do WhatsApp:</translation>
    </message>
    <message>
        <source>It goes to the record&apos;s Mobile, or else its Phone, and is charged like any template.</source>
        <translation>A mensagem vai para o celular do registro ou, na falta dele, para o telefone, e é cobrada como qualquer modelo.</translation>
    </message>
    <message>
        <source>No connected WhatsApp number.</source>
        <translation>Nenhum número do WhatsApp conectado.</translation>
    </message>
    <message>
        <source>No approved template for %1 yet.</source>
        <translation>Ainda não há modelo aprovado para %1.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>A record is created</source>
        <translation>Um registro é criado</translation>
    </message>
    <message>
        <source>A record is updated</source>
        <translation>Um registro é atualizado</translation>
    </message>
    <message>
        <source>A conversation is closed</source>
        <translation>Uma conversa é encerrada</translation>
    </message>
    <message>
        <source>The customer waits for a reply</source>
        <translation>O cliente espera uma resposta</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Send a template</source>
        <translation>Enviar um modelo</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Atribuir</translation>
    </message>
    <message>
        <source>Add a label</source>
        <translation>Adicionar uma etiqueta</translation>
    </message>
    <message>
        <source>Close the conversation</source>
        <translation>Encerrar a conversa</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Ninguém</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Nenhuma equipe</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quando:</translation>
    </message>
    <message>
        <source>Records of:</source>
        <translation>Registros de:</translation>
    </message>
    <message>
        <source>Waiting at least:</source>
        <translation>Esperando pelo menos:</translation>
    </message>
    <message>
        <source>If:</source>
        <translation>Se:</translation>
    </message>
    <message>
        <source>Then:</source>
        <translation>Então:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>Agente:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Equipe:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Etiqueta:</translation>
    </message>
    <message>
        <source>It goes to the conversation and is charged like any template.</source>
        <translation>Ele vai para a conversa e é cobrado como qualquer modelo.</translation>
    </message>
    <message>
        <source>It acts on the record&apos;s newest conversation.</source>
        <translation>Age sobre a conversa mais recente do registro.</translation>
    </message>
    <message>
        <source>No approved template yet.</source>
        <translation>Ainda não há modelo aprovado.</translation>
    </message>
    <message>
        <source>Choose an agent or a team.</source>
        <translation>Escolha um agente ou uma equipe.</translation>
    </message>
    <message>
        <source>No label yet: an admin creates labels first.</source>
        <translation>Ainda não há etiquetas: um administrador as cria primeiro.</translation>
    </message>
</context>
<context>
    <name>parley::ui::AutomationPanel</name>
    <message>
        <source>Add automation…</source>
        <translation>Adicionar automação…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Último problema</translation>
    </message>
    <message>
        <source>Template %1</source>
        <translation>Modelo %1</translation>
    </message>
    <message>
        <source>Number %1</source>
        <translation>Número %1</translation>
    </message>
    <message>
        <source>Automations</source>
        <translation>Automações</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>If</source>
        <translation>Se</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Então</translation>
    </message>
    <message>
        <source>&lt;b&gt;Automations&lt;/b&gt;: when something happens, if its fields match, the hub acts</source>
        <translation>&lt;b&gt;Automações&lt;/b&gt;: quando algo acontece e os campos correspondem, o hub age</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regras</translation>
    </message>
    <message>
        <source>Run log</source>
        <translation>Registro de execuções</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Send %1 from %2</source>
        <translation>Enviar %1 de %2</translation>
    </message>
    <message>
        <source>Send %1</source>
        <translation>Enviar %1</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agente %1</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>equipe %1</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>Atribuir a %1</translation>
    </message>
    <message>
        <source>Add the label %1</source>
        <translation>Adicionar a etiqueta %1</translation>
    </message>
    <message>
        <source>Close the conversation</source>
        <translation>Encerrar a conversa</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
</context>
<context>
    <name>parley::ui::AutomationRunLog</name>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Older runs</source>
        <translation>Execuções anteriores</translation>
    </message>
    <message>
        <source>Automation runs</source>
        <translation>Execuções de automações</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automação</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Gatilho</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Em</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>Registro criado</translation>
    </message>
    <message>
        <source>Record updated</source>
        <translation>Registro atualizado</translation>
    </message>
    <message>
        <source>Conversation closed</source>
        <translation>Conversa encerrada</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Sem resposta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Ignorada: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falhou: %1</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Record #%1</source>
        <translation>Registro nº %1</translation>
    </message>
    <message>
        <source>Conversation #%1</source>
        <translation>Conversa nº %1</translation>
    </message>
</context>
<context>
    <name>parley::ui::BubbleTexts</name>
    <message>
        <source>Deleted message</source>
        <translation>Mensagem apagada</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>Cartão de contato</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Sent from the WhatsApp Business app</source>
        <translation>Enviada pelo app WhatsApp Business</translation>
    </message>
    <message>
        <source>Forwarded many times</source>
        <translation>Encaminhada com frequência</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Encaminhada</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <source>An earlier message</source>
        <translation>Uma mensagem anterior</translation>
    </message>
    <message>
        <source>Came from an ad</source>
        <translation>Veio de um anúncio</translation>
    </message>
    <message>
        <source>Came from an ad: %1</source>
        <translation>Veio de um anúncio: %1</translation>
    </message>
    <message>
        <source>Open the ad</source>
        <translation>Abrir o anúncio</translation>
    </message>
    <message>
        <source>📞 Call from the customer</source>
        <translation>📞 Ligação do cliente</translation>
    </message>
    <message>
        <source>📞 Call to the customer</source>
        <translation>📞 Ligação para o cliente</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · not answered</source>
        <translation>%1 · não atendida</translation>
    </message>
    <message>
        <source>🚫 The customer deleted this message.</source>
        <translation>🚫 O cliente apagou esta mensagem.</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Dizia: %1</translation>
    </message>
    <message>
        <source>Open map</source>
        <translation>Abrir mapa</translation>
    </message>
    <message>
        <source>%1 contact cards</source>
        <translation>%1 cartões de contato</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> · on WhatsApp</source>
        <translation> · no WhatsApp</translation>
    </message>
    <message>
        <source>Start WhatsApp chat</source>
        <translation>Iniciar conversa no WhatsApp</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>%1 × %2 · %3 each</source>
        <translation>%1 × %2 · %3 cada</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Form answers</source>
        <translation>Respostas do formulário</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Chose: %1</source>
        <translation>Escolheu: %1</translation>
    </message>
    <message>
        <source>A kind of message Parley cannot show</source>
        <translation>Um tipo de mensagem que o Parley não consegue mostrar</translation>
    </message>
    <message>
        <source>WhatsApp gave no reason.</source>
        <translation>O WhatsApp não informou o motivo.</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editada</translation>
    </message>
    <message>
        <source>Earlier versions:</source>
        <translation>Versões anteriores:</translation>
    </message>
    <message>
        <source>• %1 (until %2)</source>
        <translation>• %1 (até %2)</translation>
    </message>
    <message>
        <source>The customer reacted %1</source>
        <translation>O cliente reagiu com %1</translation>
    </message>
    <message>
        <source>The team reacted %1</source>
        <translation>A equipe reagiu com %1</translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <translation>Respondendo a %1</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguém</translation>
    </message>
    <message>
        <source>%1 unassigned this conversation</source>
        <translation>%1 tirou a atribuição desta conversa</translation>
    </message>
    <message>
        <source>%1 assigned this conversation to %2</source>
        <translation>%1 atribuiu esta conversa a %2</translation>
    </message>
    <message>
        <source>an agent</source>
        <translation>um agente</translation>
    </message>
    <message>
        <source>%1 closed this conversation</source>
        <translation>%1 fechou esta conversa</translation>
    </message>
    <message>
        <source>%1 reopened this conversation</source>
        <translation>%1 reabriu esta conversa</translation>
    </message>
    <message>
        <source>%1 set the status to %2</source>
        <translation>%1 mudou o status para %2</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Documento: %1</translation>
    </message>
</context>
<context>
    <name>parley::ui::ChannelEditor</name>
    <message>
        <source>Connect a WhatsApp number</source>
        <translation>Conectar um número do WhatsApp</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>Canal %1</translation>
    </message>
    <message>
        <source>Choose icon…</source>
        <translation>Escolher ícone…</translation>
    </message>
    <message>
        <source>+55 11 91234 5678</source>
        <translation>+55 11 91234 5678</translation>
    </message>
    <message>
        <source>Icon (.jpg or .png, at most 1 MB):</source>
        <translation>Ícone (.jpg ou .png, até 1 MB):</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>WhatsApp number:</source>
        <translation>Número do WhatsApp:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Departamento:</translation>
    </message>
    <message>
        <source>Channel icon</source>
        <translation>Ícone do canal</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Imagens (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>WhatsApp Cloud API</source>
        <translation>WhatsApp Cloud API</translation>
    </message>
    <message>
        <source>WhatsApp Business Account id:</source>
        <translation>ID da conta do WhatsApp Business:</translation>
    </message>
    <message>
        <source>Phone number id:</source>
        <translation>ID do número de telefone:</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Token de acesso:</translation>
    </message>
    <message>
        <source>App secret:</source>
        <translation>Chave secreta do app:</translation>
    </message>
    <message>
        <source>Graph API address:</source>
        <translation>Endereço da Graph API:</translation>
    </message>
    <message>
        <source>Webhook: paste these into Meta&apos;s app dashboard</source>
        <translation>Webhook: cole estes dados no painel do app da Meta</translation>
    </message>
    <message>
        <source>Callback URL:</source>
        <translation>URL de callback:</translation>
    </message>
    <message>
        <source>Verify token:</source>
        <translation>Token de verificação:</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Add new customers as:</source>
        <translation>Adicionar novos clientes como:</translation>
    </message>
    <message>
        <source>Close unanswered chats after:</source>
        <translation>Fechar chats sem resposta após:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Não é possível ler %1.</translation>
    </message>
    <message>
        <source>This number still has to be registered on WhatsApp</source>
        <translation>Este número ainda precisa ser registrado no WhatsApp</translation>
    </message>
</context>
<context>
    <name>parley::ui::ChannelProfileDialog</name>
    <message>
        <source>Not set</source>
        <translation>Não definida</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outra</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>Automotivo</translation>
    </message>
    <message>
        <source>Beauty, spa and salon</source>
        <translation>Beleza, spa e salão</translation>
    </message>
    <message>
        <source>Clothing and apparel</source>
        <translation>Roupas e vestuário</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educação</translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation>Entretenimento</translation>
    </message>
    <message>
        <source>Event planning and service</source>
        <translation>Planejamento e serviços de eventos</translation>
    </message>
    <message>
        <source>Finance and banking</source>
        <translation>Finanças e bancos</translation>
    </message>
    <message>
        <source>Food and grocery</source>
        <translation>Alimentação e mercearia</translation>
    </message>
    <message>
        <source>Public service</source>
        <translation>Serviço público</translation>
    </message>
    <message>
        <source>Hotel and lodging</source>
        <translation>Hotelaria e hospedagem</translation>
    </message>
    <message>
        <source>Medical and health</source>
        <translation>Medicina e saúde</translation>
    </message>
    <message>
        <source>Non-profit</source>
        <translation>Sem fins lucrativos</translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation>Serviços profissionais</translation>
    </message>
    <message>
        <source>Shopping and retail</source>
        <translation>Compras e varejo</translation>
    </message>
    <message>
        <source>Travel and transportation</source>
        <translation>Viagens e transporte</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation>Restaurante</translation>
    </message>
    <message>
        <source>Not a business</source>
        <translation>Não é uma empresa</translation>
    </message>
    <message>
        <source>Business profile of %1</source>
        <translation>Perfil comercial de %1</translation>
    </message>
    <message>
        <source>%1 — the name customers see is changed in WhatsApp Manager and takes effect only after Meta reviews it.</source>
        <translation>%1 — o nome que os clientes veem é alterado no Gerenciador do WhatsApp e só vale depois da análise da Meta.</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Nome de exibição:</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Sobre:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoria:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descrição:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Endereço:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Site:</translation>
    </message>
    <message>
        <source>Second website:</source>
        <translation>Segundo site:</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
</context>
<context>
    <name>parley::ui::ChannelReceiptBox</name>
    <message>
        <source>Read receipts to the customer are sent when</source>
        <translation>A confirmação de leitura vai para o cliente quando</translation>
    </message>
    <message>
        <source>Who sends read receipts</source>
        <translation>Quem envia a confirmação de leitura</translation>
    </message>
    <message>
        <source>the owner reads the conversation (anyone while it is unassigned)</source>
        <translation>o responsável lê a conversa (qualquer um enquanto não estiver atribuída)</translation>
    </message>
    <message>
        <source>any agent reads the conversation</source>
        <translation>qualquer agente lê a conversa</translation>
    </message>
</context>
<context>
    <name>parley::ui::ChannelRegistrationDialog</name>
    <message>
        <source>Text message (SMS)</source>
        <translation>Mensagem de texto (SMS)</translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation>Ligação de voz</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Enviar código</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Register %1</source>
        <translation>Registrar %1</translation>
    </message>
    <message>
        <source>Language of the code</source>
        <translation>Idioma do código</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Repita o PIN</translation>
    </message>
    <message>
        <source>WhatsApp sends a 6-digit code to +%1. The phone must be able to receive a text message or a call on this number.</source>
        <translation>O WhatsApp envia um código de 6 dígitos para +%1. O telefone precisa conseguir receber SMS ou ligações neste número.</translation>
    </message>
    <message>
        <source>1. Get a code</source>
        <translation>1. Receber um código</translation>
    </message>
    <message>
        <source>Send by</source>
        <translation>Enviar por</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>2. Enter the code</source>
        <translation>2. Digitar o código</translation>
    </message>
    <message>
        <source>3. Choose a PIN</source>
        <translation>3. Escolher um PIN</translation>
    </message>
    <message>
        <source>Two-step verification: WhatsApp asks for this 6-digit PIN whenever the number is registered again. Keep it safe.</source>
        <translation>Verificação em duas etapas: o WhatsApp pede este PIN de 6 dígitos sempre que o número for registrado de novo. Guarde-o em segurança.</translation>
    </message>
    <message>
        <source>WhatsApp is calling +%1 with the code.</source>
        <translation>O WhatsApp está ligando para +%1 com o código.</translation>
    </message>
    <message>
        <source>WhatsApp sent the code to +%1 by text message.</source>
        <translation>O WhatsApp enviou o código para +%1 por SMS.</translation>
    </message>
    <message>
        <source>The code is right. Now choose the PIN.</source>
        <translation>O código está certo. Agora escolha o PIN.</translation>
    </message>
</context>
<context>
    <name>parley::ui::ChannelRoutingBox</name>
    <message>
        <source>New customers</source>
        <translation>Novos clientes</translation>
    </message>
    <message>
        <source>Everyone who can reply</source>
        <translation>Todos que podem responder</translation>
    </message>
    <message>
        <source>Chosen users</source>
        <translation>Usuários escolhidos</translation>
    </message>
    <message>
        <source>Members of chosen groups</source>
        <translation>Membros dos grupos escolhidos</translation>
    </message>
    <message>
        <source>Chosen roles</source>
        <translation>Funções escolhidas</translation>
    </message>
    <message>
        <source>Admins</source>
        <translation>Administradores</translation>
    </message>
    <message>
        <source>Agents who view and reply</source>
        <translation>Agentes que visualizam e respondem</translation>
    </message>
    <message>
        <source>Every active admin and agent takes a turn.</source>
        <translation>Todos os administradores e agentes ativos recebem clientes em rodízio.</translation>
    </message>
    <message>
        <source>Assign in turn to:</source>
        <translation>Atribuir em rodízio a:</translation>
    </message>
    <message>
        <source>Also route to departments:</source>
        <translation>Encaminhar também para os departamentos:</translation>
    </message>
    <message>
        <source>Chats go to agents of the channel&apos;s department and of the departments ticked here; when none of them qualifies, to the chosen people wherever they are.</source>
        <translation>Os chats vão para os agentes do departamento do canal e dos departamentos marcados aqui; quando nenhum deles se qualifica, vão para as pessoas escolhidas, seja qual for o departamento delas.</translation>
    </message>
    <message>
        <source>Choose at least one user to assign new customers to.</source>
        <translation>Escolha pelo menos um usuário para receber os novos clientes.</translation>
    </message>
    <message>
        <source>Choose at least one group to assign new customers to.</source>
        <translation>Escolha pelo menos um grupo para receber os novos clientes.</translation>
    </message>
    <message>
        <source>Choose at least one role to assign new customers to.</source>
        <translation>Escolha pelo menos uma função para receber os novos clientes.</translation>
    </message>
</context>
<context>
    <name>parley::ui::ChannelsPage</name>
    <message>
        <source>Connect a number…</source>
        <translation>Conectar um número…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Preferências…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Desativar…</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>Desconectar…</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New customers as</source>
        <translation>Novos clientes como</translation>
    </message>
    <message>
        <source>Auto-close</source>
        <translation>Fechamento automático</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>after %1 min</source>
        <translation>após %1 min</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Activate…</source>
        <translation>Ativar…</translation>
    </message>
    <message>
        <source>Activate %1</source>
        <translation>Ativar %1</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>Desativar %1</translation>
    </message>
    <message>
        <source>Activate %1 (+%2)? It sends and receives messages again.</source>
        <translation>Ativar %1 (+%2)? O canal volta a enviar e receber mensagens.</translation>
    </message>
    <message>
        <source>Deactivate %1 (+%2)? Agents can no longer send from it. Its conversations stay as they are, and it can be activated again.</source>
        <translation>Desativar %1 (+%2)? Os agentes não poderão mais enviar mensagens por ele. As conversas continuam como estão, e o canal pode ser ativado novamente.</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Ativar</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desativar</translation>
    </message>
    <message>
        <source>Disconnect %1</source>
        <translation>Desconectar %1</translation>
    </message>
    <message>
        <source>Yes, delete</source>
        <translation>Sim, excluir</translation>
    </message>
    <message>
        <source>Business profile…</source>
        <translation>Perfil comercial…</translation>
    </message>
    <message>
        <source>Disconnect %1 (+%2) from WhatsApp?</source>
        <translation>Desconectar %1 (+%2) do WhatsApp?</translation>
    </message>
    <message>
        <source>“Yes, delete” deletes only this channel&apos;s access token: nothing can be sent or received on this number until it is connected again with a new token.</source>
        <translation>“Sim, excluir” exclui apenas o token de acesso deste canal: nada poderá ser enviado nem recebido por este número até que ele seja conectado novamente com um novo token.</translation>
    </message>
    <message>
        <source>Nothing else is deleted: every conversation and message, the customers&apos; records and the channel&apos;s settings stay, and connecting the number again brings the channel back with its history.</source>
        <translation>Nada mais é excluído: todas as conversas e mensagens, os registros dos clientes e as configurações do canal são mantidos, e conectar o número novamente traz o canal de volta com todo o histórico.</translation>
    </message>
    <message>
        <source>WhatsApp numbers</source>
        <translation>Números do WhatsApp</translation>
    </message>
    <message>
        <source>Register number…</source>
        <translation>Registrar número…</translation>
    </message>
    <message>
        <source>New access token…</source>
        <translation>Novo token de acesso…</translation>
    </message>
    <message>
        <source>This number is not registered on WhatsApp yet: nothing can be sent or received until it is. Choose “Register number…” to get a code by text message or call.</source>
        <translation>Este número ainda não está registrado no WhatsApp: nada pode ser enviado ou recebido até que esteja. Escolha “Registrar número…” para receber um código por SMS ou ligação.</translation>
    </message>
    <message>
        <source>WhatsApp refused this channel&apos;s access token: it expired or was revoked. Messages wait until it has a new one. Create a new token for the system user in Meta Business Settings and paste it under “New access token…”.</source>
        <translation>O WhatsApp recusou o token de acesso deste canal: ele expirou ou foi revogado. As mensagens aguardam até que haja um novo. Crie um novo token para o usuário do sistema nas Configurações do Meta Business e cole-o em “Novo token de acesso…”.</translation>
    </message>
    <message>
        <source>New access token for %1</source>
        <translation>Novo token de acesso para %1</translation>
    </message>
    <message>
        <source>Access token (WhatsApp checks it before it is kept):</source>
        <translation>Token de acesso (o WhatsApp o verifica antes de ser guardado):</translation>
    </message>
</context>
<context>
    <name>parley::ui::Composer</name>
    <message>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Escreva uma resposta… (Ctrl+Enter envia)</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Anexar</translation>
    </message>
    <message>
        <source>Attach up to 5 files (.jpg .png .pdf .mp3 .mp4 .doc .docx)</source>
        <translation>Anexe até 5 arquivos (.jpg .png .pdf .mp3 .mp4 .doc .docx)</translation>
    </message>
    <message>
        <source>Predefined text</source>
        <translation>Texto predefinido</translation>
    </message>
    <message>
        <source>Insert a predefined text (Ctrl+P)</source>
        <translation>Inserir um texto predefinido (Ctrl+P)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>The 24-hour window is closed: WhatsApp only lets you send an approved template until the customer writes again.</source>
        <translation>A janela de 24 horas está fechada: o WhatsApp só permite enviar um modelo aprovado até o cliente escrever novamente.</translation>
    </message>
    <message>
        <source>Send template…</source>
        <translation>Enviar modelo…</translation>
    </message>
    <message>
        <source>You have view-only access: you can read this conversation but not reply.</source>
        <translation>Seu acesso é somente de visualização: você pode ler esta conversa, mas não pode responder.</translation>
    </message>
    <message>
        <source>Choose a conversation.</source>
        <translation>Escolha uma conversa.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends</source>
        <translation>Ctrl+Enter envia</translation>
    </message>
    <message>
        <source>Send an approved template</source>
        <translation>Enviar um modelo aprovado</translation>
    </message>
    <message>
        <source>Don&apos;t quote this message (Esc)</source>
        <translation>Não citar esta mensagem (Esc)</translation>
    </message>
    <message>
        <source>Cancel the reply to this message</source>
        <translation>Cancelar a resposta a esta mensagem</translation>
    </message>
    <message>
        <source>Replying to: %1</source>
        <translation>Respondendo a: %1</translation>
    </message>
    <message>
        <source>Attach quote…</source>
        <translation>Anexar orçamento…</translation>
    </message>
    <message>
        <source>Send a quote of this customer or their deals as a PDF</source>
        <translation>Enviar em PDF um orçamento deste cliente ou dos seus negócios</translation>
    </message>
</context>
<context>
    <name>parley::ui::ConversationDelegate</name>
    <message>
        <source>Window open</source>
        <translation>Janela aberta</translation>
    </message>
    <message>
        <source>Template only</source>
        <translation>Somente modelo</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>Rascunho: %1</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Adiada</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixo</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Notifications snoozed</source>
        <translation>Notificações adiadas</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
</context>
<context>
    <name>parley::ui::ConversationHeader</name>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>You have view-only access: you can see this but not change it.</source>
        <translation>Seu acesso é somente de visualização: você pode ver isto, mas não pode alterá-lo.</translation>
    </message>
    <message>
        <source>Done with this customer for now: close the conversation</source>
        <translation>Atendimento concluído por agora: fechar a conversa</translation>
    </message>
    <message>
        <source>Open the conversation again</source>
        <translation>Abrir a conversa de novo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fechada</translation>
    </message>
    <message>
        <source>Window open: %1 left to reply freely</source>
        <translation>Janela aberta: restam %1 para responder livremente</translation>
    </message>
    <message>
        <source>The customer has not written yet: templates only</source>
        <translation>O cliente ainda não escreveu: somente modelos</translation>
    </message>
    <message>
        <source>Window closed %1 ago: templates only</source>
        <translation>Janela fechada há %1: somente modelos</translation>
    </message>
</context>
<context>
    <name>parley::ui::ConversationPane</name>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>Add message as a note</source>
        <translation>Adicionar mensagem como nota</translation>
    </message>
    <message>
        <source>You have view-only access: you can see this but not change it.</source>
        <translation>Seu acesso é somente de visualização: você pode ver isto, mas não pode alterá-lo.</translation>
    </message>
    <message>
        <source>We wrote: %1</source>
        <translation>Nós escrevemos: %1</translation>
    </message>
    <message>
        <source>The customer wrote: %1</source>
        <translation>O cliente escreveu: %1</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Salvar como…</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>a file</comment>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>React</source>
        <translation>Reagir</translation>
    </message>
    <message>
        <source>Remove my reaction</source>
        <translation>Remover minha reação</translation>
    </message>
    <message>
        <source>Choose a conversation in the list to read it and reply.</source>
        <translation>Escolha uma conversa na lista para lê-la e responder.</translation>
    </message>
</context>
<context>
    <name>parley::ui::ConvertTicketDialog</name>
    <message>
        <source>Convert to ticket</source>
        <translation>Converter em ticket</translation>
    </message>
    <message>
        <source>What the customer needs</source>
        <translation>O que o cliente precisa</translation>
    </message>
    <message>
        <source>As the conversation</source>
        <translation>Como a conversa</translation>
    </message>
    <message>
        <source>%1 (the conversation&apos;s)</source>
        <translation>%1 (o da conversa)</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Assunto:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioridade:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Responsável:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Departamento:</translation>
    </message>
    <message>
        <source>Create ticket</source>
        <translation>Criar ticket</translation>
    </message>
    <message>
        <source>You have view-only access: you can see this but not change it.</source>
        <translation>Seu acesso é somente de visualização: você pode ver isto, mas não pode alterá-lo.</translation>
    </message>
</context>
<context>
    <name>parley::ui::CreditLedgerView</name>
    <message>
        <source>any day</source>
        <translation>qualquer dia</translation>
    </message>
    <message>
        <source>Show older</source>
        <translation>Mostrar mais antigas</translation>
    </message>
    <message>
        <source>All movements</source>
        <translation>Todas as movimentações</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Movimentação</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Saldo após</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Até:</translation>
    </message>
    <message>
        <source>Credit ledger</source>
        <translation>Extrato de créditos</translation>
    </message>
</context>
<context>
    <name>parley::ui::CreditRateTable</name>
    <message>
        <source>Session messages, tiered by monthly volume</source>
        <translation>Mensagens de sessão, em faixas por volume mensal</translation>
    </message>
    <message>
        <source>Templates by destination country plus the session rate</source>
        <translation>Modelos por país de destino mais a tarifa de sessão</translation>
    </message>
    <message>
        <source>Every session message: %1</source>
        <translation>Cada mensagem de sessão: %1</translation>
    </message>
    <message>
        <source>Session messages from %1 on: %2</source>
        <translation>Mensagens de sessão a partir da %1ª: %2</translation>
    </message>
    <message>
        <source>Session messages %1 to %2 of the month: %3 each</source>
        <translation>Mensagens de sessão da %1ª à %2ª do mês: %3 cada</translation>
    </message>
    <message>
        <source>Use this plan</source>
        <translation>Usar este plano</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Calling code</source>
        <translation>Código do país</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plano:</translation>
    </message>
    <message>
        <source>Template messages, per message, by destination:</source>
        <translation>Mensagens de modelo, por mensagem, conforme o destino:</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (atual)</translation>
    </message>
    <message>
        <source>One credit is worth %1.</source>
        <translation>Um crédito vale %1.</translation>
    </message>
    <message>
        <source>Customer-initiated conversations are free.</source>
        <translation>As conversas iniciadas pelo cliente são gratuitas.</translation>
    </message>
    <message>
        <source>Customer-initiated conversations are charged like any other.</source>
        <translation>As conversas iniciadas pelo cliente são cobradas como qualquer outra.</translation>
    </message>
    <message>
        <source>The first %1 customer-initiated conversations each month are free.</source>
        <translation>As primeiras %1 conversas iniciadas pelo cliente a cada mês são gratuitas.</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Tarifas</translation>
    </message>
    <message>
        <source>Double-click a price to change it; it is saved when you press Enter.</source>
        <translation>Clique duas vezes em um preço para alterá-lo; ele é salvo quando você pressiona Enter.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price: write it the way %2 is written.</source>
        <translation>&quot;%1&quot; não é um preço: escreva-o como %2 está escrito.</translation>
    </message>
    <message>
        <source>IM credits at %1, WhatsApp&apos;s rates deducted</source>
        <translation>Créditos IM a %1, descontadas as tarifas do WhatsApp</translation>
    </message>
    <message>
        <source>Points of %1 messages, %2 each</source>
        <translation>Pontos de %1 mensagens, a %2 cada</translation>
    </message>
</context>
<context>
    <name>parley::ui::CreditsPage</name>
    <message>
        <source>Rate table</source>
        <translation>Tabela de preços</translation>
    </message>
    <message>
        <source>Usage history</source>
        <translation>Histórico de uso</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Buy credits</source>
        <translation>Comprar créditos</translation>
    </message>
    <message>
        <source>Buy…</source>
        <translation>Comprar…</translation>
    </message>
    <message>
        <source>Auto-recharge</source>
        <translation>Recarga automática</translation>
    </message>
    <message>
        <source>Buy credits automatically when the balance runs low</source>
        <translation>Comprar créditos automaticamente quando o saldo estiver baixo</translation>
    </message>
    <message>
        <source>Save auto-recharge</source>
        <translation>Salvar recarga automática</translation>
    </message>
    <message>
        <source>Minimum balance to keep (credits):</source>
        <translation>Saldo mínimo a manter (créditos):</translation>
    </message>
    <message>
        <source>Credits to add each time:</source>
        <translation>Créditos a adicionar por vez:</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <source>Live account: no trial limits</source>
        <translation>Conta ativa: sem limites de avaliação</translation>
    </message>
    <message>
        <source>Trial, before business verification</source>
        <translation>Avaliação, antes da verificação da empresa</translation>
    </message>
    <message>
        <source>Expanded trial, after business verification</source>
        <translation>Avaliação expandida, após a verificação da empresa</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>%1 credits (%2)</source>
        <translation>%1 créditos (%2)</translation>
    </message>
    <message>
        <source>This month: %1 charged messages, %2 customer-initiated conversations.</source>
        <translation>Este mês: %1 mensagens cobradas, %2 conversas iniciadas pelo cliente.</translation>
    </message>
    <message>
        <source>The balance is low: auto-recharge adds %1 credits with the next message.</source>
        <translation>O saldo está baixo: a recarga automática adicionará %1 créditos com a próxima mensagem.</translation>
    </message>
    <message>
        <source>The balance is low (%1 credits or less). Buy credits or turn on auto-recharge, or sending will stop when it runs out.</source>
        <translation>O saldo está baixo (%1 créditos ou menos). Compre créditos ou ative a recarga automática; caso contrário, o envio será interrompido quando o saldo acabar.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>The trial has ended: verify the business with Meta to keep sending.</source>
        <translation>A avaliação terminou: verifique sua empresa com a Meta para continuar enviando.</translation>
    </message>
    <message>
        <source>Day %1 of %2.</source>
        <translation>Dia %1 de %2.</translation>
    </message>
    <message>
        <source>Numbers sent business-initiated messages: %1.</source>
        <translation>Números que receberam mensagens iniciadas pela empresa: %1.</translation>
    </message>
    <message>
        <source>Customer-initiated conversations answered: %1.</source>
        <translation>Conversas iniciadas pelo cliente respondidas: %1.</translation>
    </message>
    <message>
        <source>Customer-initiated messages sent: %1.</source>
        <translation>Mensagens enviadas em conversas iniciadas pelo cliente: %1.</translation>
    </message>
    <message>
        <source>No trial limits apply.</source>
        <translation>Nenhum limite de avaliação se aplica.</translation>
    </message>
    <message>
        <source>Buy %1 credits for %2?</source>
        <translation>Comprar %1 créditos por %2?</translation>
    </message>
    <message>
        <source>Buy and pay</source>
        <translation>Comprar e pagar</translation>
    </message>
</context>
<context>
    <name>parley::ui::CsatPage</name>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>When a conversation is closed, Parley can send the customer a short survey: an approved template whose quick-reply buttons are the scores 1 to 5. The answers appear in Reports.</source>
        <translation>Quando uma conversa é encerrada, o Parley pode enviar ao cliente uma pesquisa curta: um modelo aprovado cujos botões de resposta rápida são as notas de 1 a 5. As respostas aparecem em Relatórios.</translation>
    </message>
    <message>
        <source>Send a satisfaction survey when a conversation is closed</source>
        <translation>Enviar uma pesquisa de satisfação quando uma conversa for encerrada</translation>
    </message>
    <message>
        <source>Survey template for every channel</source>
        <translation>Modelo da pesquisa para todos os canais</translation>
    </message>
    <message>
        <source>Survey template for every channel:</source>
        <translation>Modelo da pesquisa para todos os canais:</translation>
    </message>
    <message>
        <source>A channel that needs another survey:</source>
        <translation>Canal que precisa de outra pesquisa:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Survey template for %1</source>
        <translation>Modelo da pesquisa para %1</translation>
    </message>
    <message>
        <source>As every channel</source>
        <translation>Como todos os canais</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
</context>
<context>
    <name>parley::ui::DBusNotifier</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Snooze 15 min</source>
        <translation>Lembrar em 15 min</translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation>Lembrar em 1 h</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorar</translation>
    </message>
</context>
<context>
    <name>parley::ui::DesktopApp</name>
    <message>
        <source>Your session has ended. Log in again.</source>
        <translation>Sua sessão expirou. Entre novamente.</translation>
    </message>
    <message>
        <source>No keychain is available: Parley cannot remember your session and will ask again at the next start.</source>
        <translation>Nenhum chaveiro disponível: o Parley não pode lembrar sua sessão e vai pedir o login de novo na próxima vez.</translation>
    </message>
    <message>
        <source>No keychain is available: Parley cannot remember your session.</source>
        <translation>Nenhum chaveiro disponível: o Parley não pode lembrar sua sessão.</translation>
    </message>
    <message>
        <source>The local copy of your inbox cannot be opened: %1</source>
        <translation>Não é possível abrir a cópia local da sua caixa de entrada: %1</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to reply; until then the inbox on this computer is read-only.</source>
        <translation>Sua sessão terminou. Entre de novo para responder; até lá, a caixa de entrada neste computador é somente leitura.</translation>
    </message>
</context>
<context>
    <name>parley::ui::FilterBuilderDialog</name>
    <message>
        <source>Filter conversations</source>
        <translation>Filtrar conversas</translation>
    </message>
    <message>
        <source>Name it to save it as a view</source>
        <translation>Dê um nome para salvar como visualização</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>Todas as conversas</translation>
    </message>
    <message>
        <source>My conversations</source>
        <translation>Minhas conversas</translation>
    </message>
    <message>
        <source>View name:</source>
        <translation>Nome da visualização:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Show the conversations this filter finds, without saving it</source>
        <translation>Mostrar as conversas encontradas por este filtro, sem salvá-lo</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Salvar visualização</translation>
    </message>
    <message>
        <source>Activity and people</source>
        <translation>Atividade e pessoas</translation>
    </message>
    <message>
        <source>Not replied in</source>
        <translation>Não respondida em</translation>
    </message>
    <message>
        <source>Replied in</source>
        <translation>Respondida em</translation>
    </message>
    <message>
        <source>Message time in</source>
        <translation>Data da mensagem em</translation>
    </message>
    <message>
        <source>The customer wrote last (waiting for a reply)</source>
        <translation>O cliente escreveu por último (aguardando resposta)</translation>
    </message>
    <message>
        <source>Record owner is</source>
        <translation>Proprietário do registro é</translation>
    </message>
    <message>
        <source>Replied by</source>
        <translation>Respondida por</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Qualquer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fechada</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>Somente não lidas</translation>
    </message>
    <message>
        <source>Words in a message, the customer&apos;s name or number</source>
        <translation>Palavras de uma mensagem, nome ou número do cliente</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Containing:</source>
        <translation>Contendo:</translation>
    </message>
    <message>
        <source>Channels (any of)</source>
        <translation>Canais (qualquer um)</translation>
    </message>
    <message>
        <source>Departments (any of)</source>
        <translation>Departamentos (qualquer um)</translation>
    </message>
    <message>
        <source>Channel #%1 (not in this mirror)</source>
        <translation>Canal nº %1 (fora da cópia local)</translation>
    </message>
    <message>
        <source>Edit view</source>
        <translation>Editar visualização</translation>
    </message>
    <message>
        <source>Give the view a name to save it</source>
        <translation>Dê um nome à visualização para salvá-la</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>Minha equipe</translation>
    </message>
</context>
<context>
    <name>parley::ui::HeatmapWidget</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensagem</numerusform>
            <numerusform>%n mensagens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parley::ui::LabelsPage</name>
    <message>
        <source>Add label</source>
        <translation>Adicionar etiqueta</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Cor…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>New label&apos;s name</source>
        <translation>Nome da nova etiqueta</translation>
    </message>
    <message>
        <source>New label&apos;s colour</source>
        <translation>Cor da nova etiqueta</translation>
    </message>
    <message>
        <source>Choose the new label&apos;s colour</source>
        <translation>Escolher a cor da nova etiqueta</translation>
    </message>
    <message>
        <source>Labels sort conversations for the whole team: agents put them on conversations, and filters and saved views find them.</source>
        <translation>Etiquetas organizam as conversas para toda a equipe: os agentes as colocam nas conversas, e os filtros e as visualizações salvas as encontram.</translation>
    </message>
    <message>
        <source>Colour of the new label</source>
        <translation>Cor da nova etiqueta</translation>
    </message>
    <message>
        <source>Rename label</source>
        <translation>Renomear etiqueta</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Novo nome para “%1”:</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Cor de “%1”</translation>
    </message>
    <message>
        <source>No conversation carries it.</source>
        <translation>Nenhuma conversa a tem.</translation>
    </message>
    <message>
        <source>One conversation carries it; it will be taken off it.</source>
        <translation>Uma conversa a tem; ela será retirada dela.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversations carry it; it will be taken off them.</source>
        <translation>
            <numerusform>%n conversa a tem; ela será retirada dela.</numerusform>
            <numerusform>%n conversas a têm; ela será retirada delas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete label</source>
        <translation>Excluir etiqueta</translation>
    </message>
    <message>
        <source>Delete the label “%1”?</source>
        <translation>Excluir a etiqueta “%1”?</translation>
    </message>
    <message>
        <source>Saved views that look for it find nothing more.</source>
        <translation>As visualizações salvas que a procuram não encontrarão mais nada.</translation>
    </message>
</context>
<context>
    <name>parley::ui::LoginDialog</name>
    <message>
        <source>Log in to Parley</source>
        <translation>Entrar no Parley</translation>
    </message>
    <message>
        <source>https://hub.example.com</source>
        <translation>https://hub.example.com</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>&amp;Hub address:</source>
        <translation>&amp;Endereço do hub:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>“%1” is not a hub address. Enter it like https://hub.example.com.</source>
        <translation>“%1” não é um endereço de hub. Informe-o assim: https://hub.example.com.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Login ou senha incorretos.</translation>
    </message>
    <message>
        <source>Cannot reach the hub at %1. Check the address and your network. (%2)</source>
        <translation>Não foi possível acessar o hub em %1. Verifique o endereço e sua rede. (%2)</translation>
    </message>
    <message>
        <source>%1 does not answer like a Parley hub. Check the address.</source>
        <translation>%1 não responde como um hub do Parley. Verifique o endereço.</translation>
    </message>
    <message>
        <source>The hub could not log you in: %1 (%2, HTTP %3)</source>
        <translation>O hub não conseguiu fazer seu login: %1 (%2, HTTP %3)</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <source>Too many attempts, try again in %1 s.</source>
        <translation>Muitas tentativas. Tente novamente em %1 s.</translation>
    </message>
    <message>
        <source>Too many attempts, try again later.</source>
        <translation>Muitas tentativas. Tente novamente mais tarde.</translation>
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
        <translation>Pesquisar mensagens, nomes e números (Ctrl+F)</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Conectado como %1</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Anexar arquivos</translation>
    </message>
    <message>
        <source>Files WhatsApp takes (*.jpg *.jpeg *.png *.pdf *.mp3 *.mp4 *.doc *.docx)</source>
        <translation>Arquivos aceitos pelo WhatsApp (*.jpg *.jpeg *.png *.pdf *.mp3 *.mp4 *.doc *.docx)</translation>
    </message>
    <message>
        <source>These files cannot be sent</source>
        <translation>Não é possível enviar estes arquivos</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n file(s)…</source>
        <translation>
            <numerusform>Enviando %n arquivo…</numerusform>
            <numerusform>Enviando %n arquivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation>● Conectando…</translation>
    </message>
    <message>
        <source>● Offline — replies wait in the outbox</source>
        <translation>● Offline — as respostas aguardam na caixa de saída</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Recent (%1)</source>
        <translation>Recentes (%1)</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recentes</translation>
    </message>
    <message>
        <source>Recent notifications</source>
        <translation>Notificações recentes</translation>
    </message>
    <message>
        <source>No notifications yet</source>
        <translation>Nenhuma notificação ainda</translation>
    </message>
    <message>
        <source>Newest activity first</source>
        <translation>Atividade mais recente primeiro</translation>
    </message>
    <message>
        <source>Oldest waiting first</source>
        <translation>Quem espera há mais tempo primeiro</translation>
    </message>
    <message>
        <source>The order of the list</source>
        <translation>A ordem da lista</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <source>Delete view…</source>
        <translation>Excluir visualização…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Resolvida: %1</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Excluir visualização</translation>
    </message>
    <message>
        <source>Delete the view “%1”? Its conversations stay where they are.</source>
        <translation>Excluir a visualização “%1”? As conversas continuam onde estão.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Snoozed %1 until %2.</source>
        <translation>%1 adiada até %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n new — show</source>
        <translation>
            <numerusform>%n nova — mostrar</numerusform>
            <numerusform>%n novas — mostrar</numerusform>
        </translation>
    </message>
    <message>
        <source>The list changed — show</source>
        <translation>A lista mudou — mostrar</translation>
    </message>
    <message>
        <source>No conversations in this view.</source>
        <translation>Nenhuma conversa nesta visualização.</translation>
    </message>
    <message>
        <source>No messages, names or numbers match “%1”.</source>
        <translation>Nenhuma mensagem, nome ou número corresponde a “%1”.</translation>
    </message>
    <message>
        <source>No unread conversations in this view.</source>
        <translation>Nenhuma conversa não lida nesta visualização.</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Pesquisar conversas</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Visualizações</translation>
    </message>
    <message numerus="yes">
        <source>Recent notifications, %n unread</source>
        <translation>
            <numerusform>Notificações recentes, %n não lida</numerusform>
            <numerusform>Notificações recentes, %n não lidas</numerusform>
        </translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Mais ferramentas</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Highest priority first</source>
        <translation>Maior prioridade primeiro</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
</context>
<context>
    <name>parley::ui::MediaActions</name>
    <message>
        <source>Save attachment</source>
        <translation>Salvar anexo</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Salvando %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 salvo</translation>
    </message>
    <message>
        <source>Not saved: cancelled</source>
        <translation>Não salvo: cancelado</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abrindo %1…</translation>
    </message>
</context>
<context>
    <name>parley::ui::MediaFiles</name>
    <message>
        <source>No application opens %1</source>
        <translation>Nenhum aplicativo abre %1</translation>
    </message>
</context>
<context>
    <name>parley::ui::MergeDialog</name>
    <message>
        <source>(not on this computer)</source>
        <translation>(não está neste computador)</translation>
    </message>
    <message>
        <source>%1 #%2: %3</source>
        <translation>%1 nº %2: %3</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>Merge duplicate records</source>
        <translation>Mesclar registros duplicados</translation>
    </message>
    <message>
        <source>Both records stand for one customer. Choose the one to keep: the other one&apos;s values, conversations, activities and deals move to it, and it is deleted.</source>
        <translation>Os dois registros são do mesmo cliente. Escolha o que fica: os valores, conversas, atividades e negócios do outro passam para ele, e o outro é excluído.</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Manter %1</translation>
    </message>
    <message>
        <source>Fields before and after the merge</source>
        <translation>Campos antes e depois da mesclagem</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Mesclar</translation>
    </message>
    <message>
        <source>One of the records has not reached this computer.</source>
        <translation>Um dos registros ainda não chegou a este computador.</translation>
    </message>
    <message>
        <source>Choose two different records.</source>
        <translation>Escolha dois registros diferentes.</translation>
    </message>
    <message>
        <source>Only leads and contacts are merged.</source>
        <translation>Só leads e contatos podem ser mesclados.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Kept: #%1</source>
        <translation>Mantido: nº %1</translation>
    </message>
    <message>
        <source>Merged in: #%1</source>
        <translation>Mesclado: nº %1</translation>
    </message>
    <message>
        <source>After the merge</source>
        <translation>Depois da mesclagem</translation>
    </message>
    <message>
        <source>Moves to #%1: %2, %3 and %4. #%5 is then deleted.</source>
        <translation>Passam para o nº %1: %2, %3 e %4. Depois o nº %5 é excluído.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversa</numerusform>
            <numerusform>%n conversas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n atividade</numerusform>
            <numerusform>%n atividades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n negócio</numerusform>
            <numerusform>%n negócios</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Mesclando…</translation>
    </message>
</context>
<context>
    <name>parley::ui::MessageDelegate</name>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>parley::ui::MessageView</name>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Loading earlier messages…</source>
        <translation>Carregando mensagens anteriores…</translation>
    </message>
</context>
<context>
    <name>parley::ui::NewChatDialog</name>
    <message>
        <source>New WhatsApp chat</source>
        <translation>Novo chat do WhatsApp</translation>
    </message>
    <message>
        <source>+55 11 91234-5678</source>
        <translation>+55 11 91234-5678</translation>
    </message>
    <message>
        <source>Send template</source>
        <translation>Enviar modelo</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>Número do WhatsApp</translation>
    </message>
    <message>
        <source>Customer&apos;s number</source>
        <translation>Número do cliente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>No connected WhatsApp number.</source>
        <translation>Nenhum número do WhatsApp conectado.</translation>
    </message>
    <message>
        <source>No approved template yet: a chat you start must open with one.</source>
        <translation>Ainda não há modelo aprovado: um chat iniciado por você precisa começar com um.</translation>
    </message>
    <message>
        <source>Send WhatsApp template</source>
        <translation>Enviar modelo do WhatsApp</translation>
    </message>
    <message>
        <source>What the customer will read</source>
        <translation>O que o cliente vai ler</translation>
    </message>
    <message>
        <source>This record has not reached this computer yet.</source>
        <translation>Este registro ainda não chegou a este computador.</translation>
    </message>
    <message>
        <source>Only leads and contacts receive WhatsApp messages.</source>
        <translation>Somente leads e contatos recebem mensagens do WhatsApp.</translation>
    </message>
    <message>
        <source>No approved template for this record&apos;s module yet.</source>
        <translation>Ainda não há modelo aprovado para o módulo deste registro.</translation>
    </message>
    <message>
        <source>This record has no Mobile or Phone number.</source>
        <translation>Este registro não tem número de celular nem de telefone.</translation>
    </message>
    <message>
        <source>Or a contact or deal</source>
        <translation>Ou um contato ou negócio</translation>
    </message>
    <message>
        <source>Their number</source>
        <translation>Número dele</translation>
    </message>
    <message>
        <source>A number typed above</source>
        <translation>Um número digitado acima</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contato: %1</translation>
    </message>
    <message>
        <source>Deal: %1 (%2)</source>
        <translation>Negócio: %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>parley::ui::NewRecordDialog</name>
    <message>
        <source>New contact</source>
        <translation>Novo contato</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Novo lead</translation>
    </message>
    <message>
        <source>Create contact</source>
        <translation>Criar contato</translation>
    </message>
    <message>
        <source>Create lead</source>
        <translation>Criar lead</translation>
    </message>
    <message>
        <source>View-only agents cannot create records.</source>
        <translation>Agentes só de visualização não podem criar registros.</translation>
    </message>
    <message>
        <source>Fill in at least one field.</source>
        <translation>Preencha pelo menos um campo.</translation>
    </message>
</context>
<context>
    <name>parley::ui::NotificationCenter</name>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation>
            <numerusform>%n nova mensagem</numerusform>
            <numerusform>%n novas mensagens</numerusform>
        </translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>Mensagem de voz</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Figurinha</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>Cartão de contato</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nova mensagem</translation>
    </message>
    <message>
        <source>Parley</source>
        <translation>Parley</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages in %1 conversations</source>
        <translation>
            <numerusform>%n mensagem nova em %1 conversas</numerusform>
            <numerusform>%n mensagens novas em %1 conversas</numerusform>
        </translation>
    </message>
    <message>
        <source>You were mentioned in a note</source>
        <translation>Você foi mencionado numa nota</translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation>%1 mencionou você</translation>
    </message>
</context>
<context>
    <name>parley::ui::NotifyChoiceBox</name>
    <message>
        <source>My conversations and unassigned ones of my department</source>
        <translation>Minhas conversas e as não atribuídas do meu departamento</translation>
    </message>
    <message>
        <source>Every conversation I can see</source>
        <translation>Todas as conversas que posso ver</translation>
    </message>
    <message>
        <source>Only my conversations</source>
        <translation>Somente minhas conversas</translation>
    </message>
    <message>
        <source>Only when someone mentions me</source>
        <translation>Somente quando alguém me mencionar</translation>
    </message>
</context>
<context>
    <name>parley::ui::OfflineBanner</name>
    <message>
        <source>Offline since %1. You are reading the copy on this computer; replies wait in the outbox and go out when the hub answers.</source>
        <translation>Offline desde %1. Você está lendo a cópia deste computador; as respostas esperam na caixa de saída e são enviadas quando o hub responder.</translation>
    </message>
</context>
<context>
    <name>parley::ui::PeopleAgentDialog</name>
    <message>
        <source>Active: may log in</source>
        <translation>Ativo: pode entrar</translation>
    </message>
    <message>
        <source>Add an agent</source>
        <translation>Adicionar um agente</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agente %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Senha:</translation>
    </message>
    <message>
        <source>New password (empty: unchanged):</source>
        <translation>Nova senha (em branco: sem alteração):</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Função:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Departamento:</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Grupos:</translation>
    </message>
</context>
<context>
    <name>parley::ui::PeopleGroupDialog</name>
    <message>
        <source>New group</source>
        <translation>Novo grupo</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Membros:</translation>
    </message>
</context>
<context>
    <name>parley::ui::PeoplePage</name>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add agent…</source>
        <translation>Adicionar agente…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Alterar…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Novo…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departamentos</translation>
    </message>
    <message>
        <source>New department or brand</source>
        <translation>Novo departamento ou marca</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inativo</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (%n membro)</numerusform>
            <numerusform>%1 (%n membros)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete group %1</source>
        <translation>Excluir grupo %1</translation>
    </message>
    <message>
        <source>Delete the group %1? Its members stay; channels that assign new customers to it fall back to their department.</source>
        <translation>Excluir o grupo %1? Os membros continuam na equipe; os canais que atribuem novos clientes a ele passam a usar o próprio departamento.</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Excluir grupo</translation>
    </message>
</context>
<context>
    <name>parley::ui::PeriodRow</name>
    <message>
        <source>Number of days, weeks or months</source>
        <translation>Número de dias, semanas ou meses</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dias</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoje</translation>
    </message>
</context>
<context>
    <name>parley::ui::PhotoViewer</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Próxima ▶</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Diminuir zoom</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Aumentar zoom</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Salvar…</translation>
    </message>
    <message>
        <source>Open with…</source>
        <translation>Abrir com…</translation>
    </message>
    <message>
        <source>Open in the system&apos;s picture viewer</source>
        <translation>Abrir no visualizador de imagens do sistema</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>This picture cannot be shown</source>
        <translation>Não é possível mostrar esta imagem</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>parley::ui::PredefinedTextEditor</name>
    <message>
        <source>For example: Greeting</source>
        <translation>Por exemplo: Saudação</translation>
    </message>
    <message>
        <source>Hi $[Leads.First Name], how can I help?</source>
        <translation>Olá, $[Leads.First Name], como posso ajudar?</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>Inserir campo</translation>
    </message>
    <message>
        <source>Insert a merge field of the module, filled from the customer&apos;s record when the text is used</source>
        <translation>Insere um campo de mesclagem do módulo, preenchido com o registro do cliente quando o texto é usado</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Módulo:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Mensagem:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>New predefined text</source>
        <translation>Novo texto predefinido</translation>
    </message>
    <message>
        <source>Edit predefined text</source>
        <translation>Editar texto predefinido</translation>
    </message>
    <message>
        <source>The module of an existing text cannot change: its merge fields depend on it.</source>
        <translation>Não é possível alterar o módulo de um texto existente: os campos de mesclagem dependem dele.</translation>
    </message>
    <message>
        <source>Unknown field: %1</source>
        <translation>Campo desconhecido: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
</context>
<context>
    <name>parley::ui::PredefinedTextManager</name>
    <message>
        <source>New…</source>
        <translation>Novo…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Manage predefined texts</source>
        <translation>Gerenciar textos predefinidos</translation>
    </message>
    <message>
        <source>Delete predefined text</source>
        <translation>Excluir texto predefinido</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? Nobody on the team will be able to use it any more.</source>
        <translation>Excluir &quot;%1&quot;? Ninguém da equipe poderá mais usá-lo.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Excluindo…</translation>
    </message>
    <message>
        <source>Predefined texts</source>
        <translation>Textos predefinidos</translation>
    </message>
</context>
<context>
    <name>parley::ui::PredefinedTextModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Pesquisar por nome</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Todos os módulos</translation>
    </message>
</context>
<context>
    <name>parley::ui::PredefinedTextPicker</name>
    <message>
        <source>Predefined texts</source>
        <translation>Textos predefinidos</translation>
    </message>
    <message>
        <source>New predefined text</source>
        <translation>Novo texto predefinido</translation>
    </message>
    <message>
        <source>Preview with this customer&apos;s values</source>
        <translation>Pré-visualizar com os dados deste cliente</translation>
    </message>
    <message>
        <source>Preview for this customer:</source>
        <translation>Pré-visualização para este cliente:</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Inserir</translation>
    </message>
    <message>
        <source>No predefined texts yet. Write one with &quot;New predefined text&quot;.</source>
        <translation>Ainda não há textos predefinidos. Crie um em &quot;Novo texto predefinido&quot;.</translation>
    </message>
    <message>
        <source>No predefined text matches.</source>
        <translation>Nenhum texto predefinido encontrado.</translation>
    </message>
</context>
<context>
    <name>parley::ui::PresenceBar</name>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 está digitando…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 e %2 estão digitando…</translation>
    </message>
    <message numerus="yes">
        <source>%n agents are typing…</source>
        <translation>
            <numerusform>%n agente está digitando…</numerusform>
            <numerusform>%n agentes estão digitando…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is viewing</source>
        <translation>%1 está visualizando</translation>
    </message>
    <message>
        <source>%1 and %2 are viewing</source>
        <translation>%1 e %2 estão visualizando</translation>
    </message>
    <message numerus="yes">
        <source>%n agents are viewing</source>
        <translation>
            <numerusform>%n agente está visualizando</numerusform>
            <numerusform>%n agentes estão visualizando</numerusform>
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
        <translation>Nova tarefa…</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Nova reunião…</translation>
    </message>
    <message>
        <source>New call…</source>
        <translation>Nova chamada…</translation>
    </message>
    <message>
        <source>New appointment…</source>
        <translation>Novo compromisso…</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Atribuir a mim</translation>
    </message>
    <message>
        <source>Already assigned to you.</source>
        <translation>Já está atribuída a você.</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Atribuir a</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Ninguém</translation>
    </message>
    <message>
        <source>Close conversation</source>
        <translation>Fechar conversa</translation>
    </message>
    <message>
        <source>Reopen conversation</source>
        <translation>Reabrir conversa</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Adicionar nota…</translation>
    </message>
    <message>
        <source>This conversation has no lead or contact record.</source>
        <translation>Esta conversa não tem registro de lead ou contato.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Adicionar nota</translation>
    </message>
    <message>
        <source>Only agents see notes; the customer never does.</source>
        <translation>Somente os agentes veem as notas; o cliente nunca as vê.</translation>
    </message>
    <message>
        <source>Conversation unassigned.</source>
        <translation>Atribuição da conversa removida.</translation>
    </message>
    <message>
        <source>Conversation assigned.</source>
        <translation>Conversa atribuída.</translation>
    </message>
    <message>
        <source>Conversation closed.</source>
        <translation>Conversa fechada.</translation>
    </message>
    <message>
        <source>Conversation reopened.</source>
        <translation>Conversa reaberta.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Nota adicionada.</translation>
    </message>
    <message>
        <source>Activity created.</source>
        <translation>Atividade criada.</translation>
    </message>
    <message>
        <source>Activity marked done.</source>
        <translation>Atividade marcada como concluída.</translation>
    </message>
    <message>
        <source>Activity reopened.</source>
        <translation>Atividade reaberta.</translation>
    </message>
    <message>
        <source>Record saved.</source>
        <translation>Registro salvo.</translation>
    </message>
    <message>
        <source>Record created.</source>
        <translation>Registro criado.</translation>
    </message>
    <message>
        <source>Unmute notifications</source>
        <translation>Reativar notificações</translation>
    </message>
    <message>
        <source>Mute notifications</source>
        <translation>Silenciar notificações</translation>
    </message>
    <message>
        <source>Notifications muted for this conversation.</source>
        <translation>Notificações silenciadas para esta conversa.</translation>
    </message>
    <message>
        <source>Notifications unmuted for this conversation.</source>
        <translation>Notificações reativadas para esta conversa.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
</context>
<context>
    <name>parley::ui::QuickSwitcher</name>
    <message>
        <source>Go to conversation</source>
        <translation>Ir para a conversa</translation>
    </message>
    <message>
        <source>Name, number or words from a message</source>
        <translation>Nome, número ou palavras de uma mensagem</translation>
    </message>
    <message>
        <source>Matching conversations</source>
        <translation>Conversas encontradas</translation>
    </message>
</context>
<context>
    <name>parley::ui::QuoteAttachDialog</name>
    <message>
        <source>Attach quote</source>
        <translation>Anexar orçamento</translation>
    </message>
    <message>
        <source>Quotes of this customer</source>
        <translation>Orçamentos deste cliente</translation>
    </message>
    <message>
        <source>New quote…</source>
        <translation>Novo orçamento…</translation>
    </message>
    <message>
        <source>Send quote</source>
        <translation>Enviar orçamento</translation>
    </message>
    <message>
        <source>Quotes of the customer and their deals:</source>
        <translation>Orçamentos do cliente e dos seus negócios:</translation>
    </message>
    <message>
        <source>This conversation has no lead or contact to quote.</source>
        <translation>Esta conversa não tem lead nem contato para orçar.</translation>
    </message>
    <message>
        <source>The quote&apos;s PDF could not be written: %1</source>
        <translation>Não foi possível gravar o PDF do orçamento: %1</translation>
    </message>
</context>
<context>
    <name>parley::ui::QuoteEditor</name>
    <message>
        <source>Edit quote %1</source>
        <translation>Editar orçamento %1</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>Novo orçamento</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Preço unitário</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Desconto (%)</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>Imposto (%)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Adicionar linha</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Remover linha</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido até</translation>
    </message>
    <message>
        <source>Subtotal %1 · Discount %2 · Tax %3 · Total %4</source>
        <translation>Subtotal %1 · Desconto %2 · Imposto %3 · Total %4</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
</context>
<context>
    <name>parley::ui::RecentNotificationsModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>parley::ui::RecordDetail</name>
    <message>
        <source>Choose a record to see its fields and conversations.</source>
        <translation>Escolha um registro para ver seus campos e conversas.</translation>
    </message>
    <message>
        <source>Start WhatsApp chat…</source>
        <translation>Iniciar conversa no WhatsApp…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>This record is not on this computer: merged into another one, or not arrived yet.</source>
        <translation>Este registro não está neste computador: foi mesclado a outro ou ainda não chegou.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsável: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ninguém</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>No lead or contact with a number belongs to this record.</source>
        <translation>Nenhum lead ou contato com número pertence a este registro.</translation>
    </message>
</context>
<context>
    <name>parley::ui::RecordFieldsEditor</name>
    <message>
        <source>Save fields</source>
        <translation>Salvar campos</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Desfazer alterações</translation>
    </message>
</context>
<context>
    <name>parley::ui::RecordPanel</name>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Negócio</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Send WhatsApp template…</source>
        <translation>Enviar modelo do WhatsApp…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Record owner</source>
        <translation>Proprietário do registro</translation>
    </message>
    <message>
        <source>Link company…</source>
        <translation>Vincular empresa…</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Negócios</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>Novo negócio…</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Atividades</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nova atividade</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Adicionar nota…</translation>
    </message>
    <message>
        <source>The record has not reached this computer yet.</source>
        <translation>O registro ainda não chegou a este computador.</translation>
    </message>
    <message>
        <source>No lead or contact is linked.</source>
        <translation>Nenhum lead ou contato vinculado.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Ninguém</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agente %1</translation>
    </message>
    <message>
        <source>No company linked.</source>
        <translation>Nenhuma empresa vinculada.</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Proprietário: %1</translation>
    </message>
    <message>
        <source>%1
— %2, %3</source>
        <translation>%1
— %2, %3</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Novo negócio</translation>
    </message>
    <message>
        <source>Deal name</source>
        <translation>Nome do negócio</translation>
    </message>
    <message>
        <source>Link company</source>
        <translation>Vincular empresa</translation>
    </message>
    <message>
        <source>Choose a company, or type a new company&apos;s name</source>
        <translation>Escolha uma empresa ou digite o nome de uma nova</translation>
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
        <translation>Orçamentos</translation>
    </message>
    <message>
        <source>New quote…</source>
        <translation>Novo orçamento…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Loading quotes…</source>
        <translation>Carregando orçamentos…</translation>
    </message>
    <message>
        <source>No quotes yet.</source>
        <translation>Nenhum orçamento ainda.</translation>
    </message>
</context>
<context>
    <name>parley::ui::RecordsWindow</name>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Search names, numbers, emails…</source>
        <translation>Buscar nomes, números, e-mails…</translation>
    </message>
    <message>
        <source>Search records</source>
        <translation>Buscar registros</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Reached at</source>
        <translation>Contato por</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Mostrar mais</translation>
    </message>
    <message>
        <source>New lead…</source>
        <translation>Novo lead…</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>Novo contato…</translation>
    </message>
    <message>
        <source>Merge duplicates…</source>
        <translation>Mesclar duplicados…</translation>
    </message>
    <message>
        <source>Choose two leads or contacts of one customer (Ctrl+click).</source>
        <translation>Escolha dois leads ou contatos do mesmo cliente (Ctrl+clique).</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Qualquer um</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Eu</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) shown</source>
        <translation>
            <numerusform>%n registro exibido</numerusform>
            <numerusform>%n registros exibidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parley::ui::ReportsPage</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Tempos de resposta</translation>
    </message>
    <message>
        <source>Messages by hour</source>
        <translation>Mensagens por hora</translation>
    </message>
    <message>
        <source>Templates and credits</source>
        <translation>Modelos e créditos</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Não foi possível salvar o relatório em %1: %2</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos os canais</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Todos os agentes</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Todos os grupos</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>Percentil 90</translation>
    </message>
    <message>
        <source>Messages from customers</source>
        <translation>Mensagens dos clientes</translation>
    </message>
    <message>
        <source>Messages from the team</source>
        <translation>Mensagens da equipe</translation>
    </message>
    <message>
        <source>Conversations opened and closed per day</source>
        <translation>Conversas abertas e fechadas por dia</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abertas</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fechadas</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primeira resposta</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolução</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Ninguém</translation>
    </message>
    <message>
        <source>Template sends and credits spent per day</source>
        <translation>Envios de modelos e créditos gastos por dia</translation>
    </message>
    <message>
        <source>Template sends</source>
        <translation>Envios de modelos</translation>
    </message>
    <message>
        <source>Credits spent</source>
        <translation>Créditos gastos</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Customer satisfaction: no answers in these days.</source>
        <translation>Satisfação do cliente: nenhuma resposta nestes dias.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Customer satisfaction: %1 of 5 from %n answer(s) (%2)</source>
        <translation>
            <numerusform>Satisfação do cliente: %1 de 5 em %n resposta (%2)</numerusform>
            <numerusform>Satisfação do cliente: %1 de 5 em %n respostas (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parley::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>Show a desktop notification for new messages</source>
        <translation>Mostrar uma notificação na área de trabalho para novas mensagens</translation>
    </message>
    <message>
        <source>Start Parley when I log in</source>
        <translation>Iniciar o Parley ao entrar no sistema</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>Aparência:</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar agora</translation>
    </message>
    <message>
        <source>Parley will use the new language after a restart.</source>
        <translation>O Parley usará o novo idioma depois de reiniciar.</translation>
    </message>
    <message>
        <source>Notify me about:</source>
        <translation>Notificar-me sobre:</translation>
    </message>
</context>
<context>
    <name>parley::ui::SnoozeDialog</name>
    <message>
        <source>In 1 hour (%1)</source>
        <translation>Em 1 hora (%1)</translation>
    </message>
    <message>
        <source>Tomorrow at %1</source>
        <translation>Amanhã às %1</translation>
    </message>
    <message>
        <source>Next week (%1)</source>
        <translation>Semana que vem (%1)</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Lembrar mais tarde</translation>
    </message>
    <message>
        <source>Remind me about %1&apos;s conversation, and hold its notifications until:</source>
        <translation>Lembrar-me da conversa com %1 e segurar as notificações dela até:</translation>
    </message>
    <message>
        <source>On a date…</source>
        <translation>Em uma data…</translation>
    </message>
    <message>
        <source>Set the selected conversations aside for the whole team; they reopen by themselves at:</source>
        <translation>Deixar as conversas selecionadas de lado para toda a equipe; elas reabrem sozinhas em:</translation>
    </message>
</context>
<context>
    <name>parley::ui::TemplateEditor</name>
    <message>
        <source>order_shipped</source>
        <translation>pedido_enviado</translation>
    </message>
    <message>
        <source>Lowercase letters, digits and underscores, as WhatsApp requires.</source>
        <translation>Letras minúsculas, dígitos e sublinhados, como o WhatsApp exige.</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Utilidade</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Hi, your order is on its way. Type # to insert a field.</source>
        <translation>Olá, seu pedido está a caminho. Digite # para inserir um campo.</translation>
    </message>
    <message>
        <source>Insert field (#)</source>
        <translation>Inserir campo (#)</translation>
    </message>
    <message>
        <source>A field of the module, filled from the customer&apos;s record when the template is sent</source>
        <translation>Um campo do módulo, preenchido com o registro do cliente quando o modelo é enviado</translation>
    </message>
    <message>
        <source>Counted as WhatsApp counts: each merge field as {{n}}.</source>
        <translation>Contagem igual à do WhatsApp: cada campo de mesclagem conta como {{n}}.</translation>
    </message>
    <message>
        <source>Pending, approved and rejected templates all count.</source>
        <translation>Modelos pendentes, aprovados e rejeitados, todos contam.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoria:</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Módulo:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Mensagem:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Pré-visualização:</translation>
    </message>
    <message>
        <source>Promotions, offers, news and invitations: anything that sells or brings customers back.</source>
        <translation>Promoções, ofertas, novidades e convites: tudo o que vende ou traz os clientes de volta.</translation>
    </message>
    <message>
        <source>Notifications about something the customer did or asked for: order confirmations, payment failures, shipping status, subscribed reminders.</source>
        <translation>Notificações sobre algo que o cliente fez ou pediu: confirmações de pedido, falhas de pagamento, status de entrega, lembretes que ele assinou.</translation>
    </message>
    <message>
        <source>Submit again</source>
        <translation>Reenviar para análise</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Enviar para análise</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Enviando para análise…</translation>
    </message>
    <message>
        <source>Rejected by WhatsApp: %1. Change it and submit it again.</source>
        <translation>Rejeitado pelo WhatsApp: %1. Altere o modelo e reenvie-o para análise.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nenhum motivo informado</translation>
    </message>
    <message>
        <source>Submitting sends the template to WhatsApp for review, which can take up to 24 hours. Only approved templates can be sent.</source>
        <translation>Ao enviar para análise, o modelo vai para o WhatsApp, que pode levar até 24 horas para analisá-lo. Só modelos aprovados podem ser enviados aos clientes.</translation>
    </message>
    <message>
        <source>Characters: %1 / %2</source>
        <translation>Caracteres: %1 / %2</translation>
    </message>
    <message>
        <source>Merge fields: %1 / %2</source>
        <translation>Campos de mesclagem: %1 / %2</translation>
    </message>
    <message>
        <source>Templates: %1 / %2</source>
        <translation>Modelos: %1 / %2</translation>
    </message>
    <message>
        <source>The WhatsApp Business account of this number keeps the template.</source>
        <translation>A conta do WhatsApp Business deste número guarda o modelo.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Deletes the template on WhatsApp too; it no longer counts toward the 200.</source>
        <translation>Exclui o modelo também no WhatsApp; ele deixa de contar para o limite de 200.</translation>
    </message>
    <message>
        <source>WhatsApp number:</source>
        <translation>Número do WhatsApp:</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Excluir modelo</translation>
    </message>
    <message>
        <source>Delete the template %1 (%2) here and on WhatsApp? Messages already sent stay; it can no longer be sent.</source>
        <translation>Excluir o modelo %1 (%2) aqui e no WhatsApp? As mensagens já enviadas continuam; ele não poderá mais ser enviado.</translation>
    </message>
</context>
<context>
    <name>parley::ui::TemplatePartsEditor</name>
    <message>
        <source>Quick reply</source>
        <translation>Resposta rápida</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Ligar</translation>
    </message>
    <message>
        <source>No header</source>
        <translation>Sem cabeçalho</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Header text</source>
        <translation>Texto do cabeçalho</translation>
    </message>
    <message>
        <source>Header sample</source>
        <translation>Exemplo do cabeçalho</translation>
    </message>
    <message>
        <source>Order {{1}} is on its way</source>
        <translation>O pedido {{1}} está a caminho</translation>
    </message>
    <message>
        <source>At most 60 characters; {{1}} is a value the agent gives when sending.</source>
        <translation>No máximo 60 caracteres; {{1}} é um valor que o agente informa ao enviar.</translation>
    </message>
    <message>
        <source>Reply STOP to stop receiving offers</source>
        <translation>Responda SAIR para não receber mais ofertas</translation>
    </message>
    <message>
        <source>Fixed text under the message, at most 60 characters.</source>
        <translation>Texto fixo abaixo da mensagem, no máximo 60 caracteres.</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>Botões</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>Link or phone number</source>
        <translation>Link ou número de telefone</translation>
    </message>
    <message>
        <source>Sample ending</source>
        <translation>Final de exemplo</translation>
    </message>
    <message>
        <source>Links may end in {{1}}: the agent gives that ending when sending.</source>
        <translation>Links podem terminar em {{1}}: o agente informa esse final ao enviar.</translation>
    </message>
    <message>
        <source>Add button</source>
        <translation>Adicionar botão</translation>
    </message>
    <message>
        <source>Remove button</source>
        <translation>Remover botão</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>Cabeçalho:</translation>
    </message>
    <message>
        <source>Footer:</source>
        <translation>Rodapé:</translation>
    </message>
    <message>
        <source>Buttons:</source>
        <translation>Botões:</translation>
    </message>
    <message>
        <source>Sample value for {{1}}</source>
        <translation>Valor de exemplo para {{1}}</translation>
    </message>
    <message>
        <source>Sample file&apos;s upload handle</source>
        <translation>Identificador de envio do arquivo de exemplo</translation>
    </message>
</context>
<context>
    <name>parley::ui::TemplateSendDialog</name>
    <message>
        <source>Send a template to %1</source>
        <translation>Enviar um modelo para %1</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>What the customer will read:</source>
        <translation>O que o cliente vai ler:</translation>
    </message>
    <message>
        <source>No approved template for %1 yet. An admin creates templates and WhatsApp reviews them.</source>
        <translation>Ainda não há modelo aprovado para %1. Um administrador cria os modelos e o WhatsApp os analisa.</translation>
    </message>
</context>
<context>
    <name>parley::ui::TemplateValuesForm</name>
    <message>
        <source>Header value:</source>
        <translation>Valor do cabeçalho:</translation>
    </message>
    <message>
        <source>Link to the header&apos;s file:</source>
        <translation>Link para o arquivo do cabeçalho:</translation>
    </message>
    <message>
        <source>“%1” link ending:</source>
        <translation>Final do link “%1”:</translation>
    </message>
</context>
<context>
    <name>parley::ui::TemplatesPage</name>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Em análise</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitado</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Utilidade</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>Motivo da rejeição</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Novo modelo</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
</context>
<context>
    <name>parley::ui::TicketBar</name>
    <message>
        <source>Ticket #%1 · %2 · %3 · %4</source>
        <translation>Ticket nº %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>Abrir ticket</translation>
    </message>
    <message>
        <source>No ticket for this conversation</source>
        <translation>Nenhum ticket para esta conversa</translation>
    </message>
    <message>
        <source>Convert to ticket</source>
        <translation>Converter em ticket</translation>
    </message>
    <message>
        <source>Hand this conversation to the help desk as a ticket</source>
        <translation>Passar esta conversa para o suporte como ticket</translation>
    </message>
    <message>
        <source>You have view-only access: you can see this but not change it.</source>
        <translation>Seu acesso é somente de visualização: você pode ver isto, mas não pode alterá-lo.</translation>
    </message>
</context>
<context>
    <name>parley::ui::TicketDetail</name>
    <message>
        <source>Open conversation</source>
        <translation>Abrir conversa</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentários</translation>
    </message>
    <message>
        <source>Write a comment for the team</source>
        <translation>Escreva um comentário para a equipe</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Adicionar comentário</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioridade:</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>Responsável:</translation>
    </message>
    <message>
        <source>You have view-only access: you can see this but not change it.</source>
        <translation>Seu acesso é somente de visualização: você pode ver isto, mas não pode alterá-lo.</translation>
    </message>
    <message>
        <source>Choose a ticket</source>
        <translation>Escolha um ticket</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>nº %1 %2</translation>
    </message>
    <message>
        <source>a conversation not on this desktop</source>
        <translation>uma conversa que não está neste computador</translation>
    </message>
    <message>
        <source>From the conversation with %1 · %2 · created %3</source>
        <translation>Da conversa com %1 · %2 · criado em %3</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Sem departamento</translation>
    </message>
    <message>
        <source>%1, %2:
%3</source>
        <translation>%1, %2:
%3</translation>
    </message>
</context>
<context>
    <name>parley::ui::TicketsWindow</name>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>#</source>
        <translation>nº</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>No tickets</source>
        <translation>Nenhum ticket</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2 · %n ticket(s)</source>
        <translation>
            <numerusform>Página %1 de %2 · %n ticket</numerusform>
            <numerusform>Página %1 de %2 · %n tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parley::ui::TriageBar</name>
    <message>
        <source>Actions on the selected conversations</source>
        <translation>Ações nas conversas selecionadas</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Atribuir</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Lembrar mais tarde</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Until the customer replies</source>
        <translation>Até o cliente responder</translation>
    </message>
    <message>
        <source>On a date…</source>
        <translation>Em uma data…</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selecionada</numerusform>
            <numerusform>%n selecionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Atribuir a mim</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Sem equipe</translation>
    </message>
    <message>
        <source>No labels yet: an admin defines them</source>
        <translation>Ainda não há etiquetas: um administrador as define</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Adicionar “%1”</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Remover “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) changed.</source>
        <translation>
            <numerusform>%n conversa alterada.</numerusform>
            <numerusform>%n conversas alteradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 changed; the others: %3</source>
        <translation>%1 de %2 alteradas; as demais: %3</translation>
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
            <numerusform>Parley — %n notificação não lida</numerusform>
            <numerusform>Parley — %n notificações não lidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parley::ui::UserRow</name>
    <message>
        <source>Choose a user</source>
        <translation>Escolha um usuário</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Eu</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inativo)</translation>
    </message>
    <message>
        <source>User #%1</source>
        <translation>Usuário nº %1</translation>
    </message>
</context>
<context>
    <name>parley::ui::ViewListModel</name>
    <message>
        <source>All conversations</source>
        <translation>Todas as conversas</translation>
    </message>
    <message>
        <source>My conversations</source>
        <translation>Minhas conversas</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conversation(s)</source>
        <translation>
            <numerusform>%1: %n conversa</numerusform>
            <numerusform>%1: %n conversas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parley::ui::ZoomView</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
</context>
</TS>
