# kohyo's own words in Brazilian Portuguese (pt-BR): the frame of every
# page, the terms of its tables and the sentences it makes of dates and
# counts.
#
# Draft translation written by the kohyo developers with machine
# assistance; NOT yet reviewed by a native speaker. Have it reviewed before
# relying on it. The Japanese catalog (ja.ftl) is the source and Japanese
# is the authoritative text of every notice: every key here translates the
# key of the same name there.
#
# Fluent syntax (https://projectfluent.org/fluent/guide/): "key = text";
# { $name } is a value kohyo fills in; { $count -> [one] … *[other] … }
# chooses words by the CLDR plural category of a number; a value that
# begins or ends with a space is written as a string, { ": " }.

## The frame of every page

skip-link = Ir para o conteúdo principal
language-nav = Idioma
contents = Sumário
dates = Datas deste aviso
announced = Data de divulgação
first-published = Data da primeira divulgação
translation-note = Esta é uma tradução para o português, apenas para referência. O texto oficial é o aviso em japonês; as partes ainda não traduzidas aparecem em japonês.
operator-heading = Entidade que trata as informações pessoais e canal de atendimento
operator = Entidade que trata as informações pessoais
name = Nome
address = Endereço
representative = Representante
contact-desk = Canal para pedidos de acesso e outros, reclamações e consultas
phone = Telefone
email = E-mail
fax = Fax
extension = ramal
label-separator = { ": " }
hours = Horário de atendimento
no-purposes = Nenhuma
site-nav = Sobre este site
history = Histórico de revisões
history-intro = Todas as versões deste aviso, da mais recente para a mais antiga. Cada versão é mantida exatamente como foi divulgada.
last-revised = Última revisão
revised = Data da revisão
effective = Início da vigência
effective-period = Período de vigência
what-changed = O que mudou
read-version = Texto completo desta versão
first-version = Primeira versão divulgada.
purposes-changed = Mudança nas finalidades de uso
yes = Sim
no = Não
current-notice = Aviso atual
current-version = Versão em vigor
archived-version = Versão anterior
upcoming-version = Próxima versão
upcoming-heading = Anúncio de revisão do aviso
change-note = Resumo da revisão
compared-with = Comparado com
legend = O texto incluído aparece sublinhado; o texto excluído aparece riscado.
added = Inclusão
removed = Exclusão
added-prefix = { "Inclusão: " }
removed-prefix = { "Exclusão: " }
renamed = Nome alterado
moved = Ordem alterada
changed-categories = Categorias e finalidades de uso alteradas
no-purpose-changes = Esta revisão não altera as finalidades de uso.
other-text = Outros trechos do texto
section-added = Este item foi incluído.
section-removed = Este item foi excluído.
translation-lagging = Tradução para o português ainda não atualizada; texto em japonês
translations-heading = Tradução atualizada
translations-intro = Nos trechos abaixo, apenas a tradução para o português foi incluída ou atualizada. O texto em japonês, que é o oficial, não mudou.
category = Nome da categoria
section-title = Título da seção
colon = { ": " }
feed-atom = Anúncios de revisão (Atom)
feed-rss = Anúncios de revisão (RSS)
accessibility = Política de acessibilidade na web
record-heading = Verificação do registro
record-intro = Os arquivos desta versão estão registrados com o hash (SHA-256) abaixo. Como o hash de cada versão é calculado incluindo também o hash da versão anterior, se qualquer versão fosse alterada depois de publicada, o hash dessa versão e o de todas as versões posteriores mudariam.
record-method = Como é calculado: é o SHA-256 de um texto cuja primeira linha é “kohyo revision digest v1”; a segunda, “previous”, um espaço e o hash da versão anterior (“none” na primeira versão); e, a partir da terceira, uma linha por arquivo no mesmo formato da saída do sha256sum (o valor SHA-256, dois espaços e o nome do arquivo), em ordem de nome de arquivo, com cada linha terminando em uma quebra de linha.
digest = Hash desta versão
feed-digest = Hash desta versão (SHA-256)
previous-digest = Hash da versão anterior
no-previous-digest = Nenhum (primeira versão)
record-files = Arquivos desta versão
record-data = Dados desta versão (JSON)
label-title = Título
label-purposes-heading = Título das finalidades de uso
label-caption = Legenda da tabela
label-category-header = Cabeçalho da coluna (categoria)
label-purposes-header = Cabeçalho da coluna (finalidades de uso)

## The pages of the documents besides the notice

document-nav = Documentos divulgados
document-index = Lista de documentos
document-index-intro = Lista dos documentos divulgados neste site. Para cada documento, mostramos a versão atual e o histórico de revisões.
document-kind = Tipo
document-kind-notice = Aviso
document-kind-policy = Políticas, procedimentos etc.
document-kind-joint-use = Uso conjunto
document-kind-publications = Divulgações sobre informações processadas anonimamente e pseudonimamente
document-dates = Datas deste documento
document-current-version = Versão atual deste documento
document-history-intro = Todas as versões deste documento, da mais recente para a mais antiga. Cada versão é mantida exatamente como foi divulgada.
document-joint-use-lead = Utilizamos dados pessoais em conjunto com outras entidades, conforme abaixo.
document-joint-items = Itens dos dados pessoais utilizados em conjunto
document-joint-users = Abrangência das entidades que utilizam os dados em conjunto
document-joint-purposes = Finalidades de uso das entidades que utilizam os dados
document-joint-responsible = Responsável pela gestão dos dados pessoais em questão
document-responsible-name = Nome ou denominação
document-notes = Informações complementares
document-publications-lead = Divulgamos o seguinte sobre informações processadas anonimamente e pseudonimamente (da mais recente para a mais antiga).
document-entry-date = Data
document-entry-anonymised-created = Criação de informações processadas anonimamente
document-entry-anonymised-provided = Fornecimento de informações processadas anonimamente a terceiros
document-entry-anonymised-passed-on = Fornecimento a terceiros de informações processadas anonimamente recebidas
document-entry-pseudonymised-purposes = Finalidades de uso de informações processadas pseudonimamente
document-entry-event = Motivo da divulgação
document-entry-acquired = Obtenção de informações processadas pseudonimamente
document-entry-purposes-changed = Alteração das finalidades de uso
document-entry-items = Itens de informações sobre indivíduos
document-entry-purposes = Finalidades de uso
document-entry-method = Forma de fornecimento
document-entry-recipients = Destinatários

## What the changes of a document are called

document-change-joint-use = uso conjunto
document-change-publications = divulgações
document-change-sections = seções do texto
document-change-title = Título
document-change-arrangement-added = Este uso conjunto foi incluído.
document-change-arrangement-removed = Este uso conjunto foi excluído.
document-change-entry-added = Esta divulgação foi incluída.
document-change-entry-removed = Esta divulgação foi excluída. Um conteúdo já divulgado não pode ser excluído.
document-change-entry-changed = Esta divulgação foi alterada. Um conteúdo já divulgado não pode ser alterado.
document-change-changed-items = Itens alterados
document-change-basis = Motivo da alteração
document-change-was = Antes
document-change-no-changes = O texto não mudou.

## The items of a joint use (APPI Art. 27(5)(iii)) in full and short, why
## they may change (PPC Guidelines, General Rules, 3-6-3), the parts and
## kinds of a publication entry (APPI Art. 43(3)/(4), 41(4))

joint-use-item-name = Nome
joint-use-item-items = Itens dos dados pessoais utilizados em conjunto
joint-use-item-users = Abrangência das entidades que utilizam os dados em conjunto
joint-use-item-purposes = Finalidades de uso das entidades que utilizam os dados
joint-use-item-responsible = Responsável pela gestão dos dados pessoais em questão (substituição)
joint-use-item-responsible-name = Nome ou denominação do responsável pela gestão
joint-use-item-responsible-address = Endereço do responsável pela gestão
joint-use-item-responsible-representative = Nome do representante do responsável pela gestão
joint-use-item-notes = Observações
joint-use-item-short-name = nome
joint-use-item-short-items = itens dos dados pessoais
joint-use-item-short-users = abrangência das entidades do uso conjunto
joint-use-item-short-purposes = finalidades de uso
joint-use-item-short-responsible = substituição do responsável
joint-use-item-short-responsible-name = nome do responsável
joint-use-item-short-responsible-address = endereço do responsável
joint-use-item-short-responsible-representative = representante do responsável
joint-use-item-short-notes = observações
change-basis-consent = os titulares dos dados consentiram previamente com a alteração dos itens dos dados pessoais ou das entidades do uso conjunto (Diretrizes da Lei de Proteção de Informações Pessoais, Regras Gerais, 3-6-3, caso 1)
change-basis-rename = o nome de uma entidade do uso conjunto mudou, mas os itens dos dados pessoais utilizados em conjunto não mudaram (Diretrizes da Lei de Proteção de Informações Pessoais, Regras Gerais, 3-6-3, caso 2)
change-basis-succession = houve sucessão das atividades de uma entidade do uso conjunto (Diretrizes da Lei de Proteção de Informações Pessoais, Regras Gerais, 3-6-3, caso 3)
change-basis-editorial = apenas a redação mudou; os itens dos dados pessoais utilizados em conjunto e a abrangência das entidades que os utilizam continuam os mesmos
entry-field-date = Data
entry-field-kind = Tipo
entry-field-title = Assunto
entry-field-items = Itens de informações sobre indivíduos incluídos
entry-field-purposes = Finalidades de uso
entry-field-method = Forma de fornecimento
entry-field-recipients = Destinatários
entry-field-notes = Observações
entry-kind-anonymised-created = Criação de informações processadas anonimamente
entry-kind-anonymised-provided = Fornecimento de informações processadas anonimamente a terceiros
entry-kind-anonymised-passed-on = Fornecimento a terceiros de informações processadas anonimamente recebidas
entry-kind-pseudonymised-purposes = Finalidades de uso de informações processadas pseudonimamente

## Groups of purposes on the changes page

group-none = Não há finalidades de uso neste grupo.
group-explanation-changed = Explicação alterada
group-description = Descrição
group-moved-from = Veio do grupo “{ $group }”
group-moved-to = Passou para o grupo “{ $group }”

## Sentences made of dates and counts. { $date }, { $from } and { $until }
## are dates as this language writes them.

period-from-until = { $from } a { $until }
period-from = A partir de { $from }
preview = Prévia: página exibida como em { $date }. Este não é o site publicado.
# $count: how many problems check reports of the record.
record-problems = O registro (revisions.lock) tem { $count } { $count ->
        [one] problema
       *[other] problemas
    }. Antes de publicar, verifique com kohyo check e sele as revisões com kohyo lock:
# A term and its value on one line, e.g. 施行期間：2024年12月2日から.
term-and-value = { $term }: { $value }
# $site: the operator's name.
feed-title = { $site }: revisões do aviso nos termos da Lei de Proteção de Informações Pessoais
changes-title = Alterações da revisão de { $date }
revision-title = Versão em vigor a partir de { $date }
upcoming-changing-purposes = A partir de { $date }, este aviso será revisado e as finalidades de uso serão alteradas.
upcoming = A partir de { $date }, este aviso será revisado.
first-notice = Este aviso entra em vigor em { $date }. Até lá, ele é divulgado com antecedência.
banner-archived-until = Esta é uma versão anterior. Esteve em vigor de { $from } a { $until }.
banner-archived = Esta é uma versão anterior. Esteve em vigor a partir de { $from }.
banner-current = Esta é a versão atualmente em vigor. Está em vigor desde { $from }.
banner-upcoming = Esta é a próxima versão. Entrará em vigor em { $from }.

## The summary of a revision's changes, e.g. 類型：1件追加／利用目的：2件追加、
## 1件削除。 It is made of groups, one per kind of thing changed; a group
## lists counts of what happened to it. kohyo begins the sentence with a
## capital letter where the script has them.

# What is counted: categories, groups of purposes, purposes of use.
# $count: the first count of the group, for languages whose noun changes
# with it.
summary-noun-categories = { $count ->
        [one] categoria
       *[other] categorias
    }
# $count, as for summary-noun-categories.
summary-noun-groups = { $count ->
        [one] grupo
       *[other] grupos
    }
# $count, as for summary-noun-categories.
summary-noun-purposes = { $count ->
        [one] finalidade de uso
       *[other] finalidades de uso
    }
# What happened to them.
summary-change-added = inclusão
summary-change-removed = exclusão
summary-change-renamed = mudança de nome
summary-change-moved = mudança na ordem
summary-change-reworded = nova redação
summary-change-changed = alteração
summary-change-explained = mudança na explicação
summary-change-regrouped = mudança de grupo
# The first count of a group: $count, $noun (summary-noun-… for that
# count) and $change (summary-change-…).
summary-first = { $change } de { $count } { $noun }
# A further count of the same group: $count and $change.
summary-next = { $change } de { $count }
summary-item-separator = { ", " }
# One group: $noun and $items (its counts joined by summary-item-separator).
summary-group = { $items }
summary-group-separator = { "; " }
# The whole sentence: $groups joined by summary-group-separator.
summary-sentence = { $groups }.
summary-other-text = alteração de outros trechos do texto
# Between two sentences of a summary.
sentence-separator = { " " }
# $count: how many texts' translation was updated, or lags the Japanese.
summary-translation-updated = Tradução para o português atualizada: { $count } { $count ->
        [one] texto
       *[other] textos
    }.
summary-translation-lagging = Tradução para o português ainda não atualizada: { $count } { $count ->
        [one] texto (exibido em japonês)
       *[other] textos (exibidos em japonês)
    }.
# A document's summary, e.g. 共同利用：1件変更（責任者の代表者）。
document-summary-title-changed = alteração do título
# $count and $change (summary-change-…).
document-summary-item = { $change } de { $count }
# The same with $items, the items of a joint use that changed.
document-summary-item-with = { $change } de { $count } ({ $items })
document-summary-text-changed = alteração do texto
# A text with an aside after it, e.g. 名称（変更前：…）; with no $text, the
# aside alone, as it follows a link.
with-aside = { $text } ({ $aside })
# Between names in a list that may themselves hold commas.
list-separator = { "; " }

## Feeds

# $date: the day the revision takes effect.
feed-effective = Em vigor a partir de { $date }
feed-notice-published = Divulgação do aviso (em vigor a partir de { $date })
feed-notice-revised = Revisão do aviso (em vigor a partir de { $date }; alteração das finalidades de uso)
# $title: the document's title; $date: the day the revision takes effect.
document-feed-published = Divulgação de “{ $title }” (em vigor a partir de { $date })
# A revision announced before it takes effect: $title, $date.
document-feed-revising = Revisão prevista de “{ $title }” (em vigor a partir de { $date })
# A revision announced on or after it took effect: $title, $date.
document-feed-revised = Revisão de “{ $title }” (em vigor a partir de { $date })
# $site: the operator's name; $title: the document's title.
document-feed-title = { $site }: anúncios de “{ $title }”
document-feed-description = Anunciamos todas as versões de “{ $title }”, da data de divulgação mais recente para a mais antiga.
# $site: the operator's name.
combined-feed-title = { $site }: anúncios dos documentos divulgados
combined-feed-description = Anunciamos as alterações das finalidades de uso do aviso e todas as versões dos demais documentos, da data de divulgação mais recente para a mais antiga.

## The pages of a document

document-upcoming = A partir de { $date }, este documento será revisado.
document-first = Este documento entra em vigor em { $date }. Até lá, ele é divulgado com antecedência.
# $title: the document's title.
document-history-title = Histórico de revisões: { $title }

## The accessibility statement

# $operator: the operator's name.
accessibility-intro = { $operator } trabalha pela acessibilidade na web para que todos os segurados, incluindo pessoas com deficiência e pessoas idosas, possam ler neste site o aviso sobre o tratamento de informações pessoais.
accessibility-scope-heading = Abrangência
# $address: the site's address.
accessibility-scope = Todas as páginas deste site ({ $address }) em japonês e em inglês: o aviso, o histórico de revisões, cada versão anterior, atual e futura, as alterações entre versões e esta página. Os feeds de anúncios de revisão (Atom e RSS) não estão incluídos, pois são dados para leitores de feeds.
accessibility-standard-heading = Nível de conformidade pretendido
accessibility-standard = Nosso objetivo é a conformidade com o nível AA da JIS X 8341-3:2016, a norma japonesa, e as páginas são feitas para atender aos critérios de sucesso do nível AA da WCAG 2.2, a norma internacional que a inclui.
accessibility-testing-heading = Como testamos
# $version: kohyo's version.
accessibility-testing = O software que exibe este site (kohyo { $version }) é testado a cada alteração, em todos os tipos de página, em japonês e em inglês, das seguintes formas:
# $version: the version of each tool.
accessibility-tool-axe = axe-core { $version }: as regras dos critérios de sucesso dos níveis A e AA da WCAG 2.0, 2.1 e 2.2 e as boas práticas, nos esquemas de cores claro e escuro, com a tela a 1280 px e a 320 px de largura.
accessibility-tool-nu = Nu Html Checker (vnu-jar { $version }): a sintaxe do HTML e do CSS.
accessibility-tool-browser = No navegador (Chromium do Debian, controlado pelo Playwright { $version }):
accessibility-check-skip-link = a primeira tecla Tab leva ao link “Ir para o conteúdo principal”;
accessibility-check-keyboard = todos os links podem ser alcançados só com o teclado, e a posição do foco fica visível;
accessibility-check-reflow = com 320 px de largura, não é preciso rolar a tela para os lados;
accessibility-check-spacing = com mais espaço entre letras, palavras, linhas e parágrafos (WCAG 1.4.12), nenhum texto fica cortado;
accessibility-check-forced-colours = no modo de alto contraste (cores forçadas), as alterações e o foco continuam visíveis;
accessibility-check-print = na impressão, sai o texto completo, com o período de vigência e o endereço deste site em cada página.
accessibility-limitations-heading = Limitações conhecidas
accessibility-limitation-automated = Os testes automáticos encontram apenas parte dos problemas. Ainda não foram feitos testes com pessoas que usam leitores de tela ou outras tecnologias assistivas.
accessibility-limitation-translation = O texto oficial é o aviso em japonês. Onde ainda não há tradução para o português, o texto aparece em japonês e é marcado como japonês, para que os leitores de tela o leiam com voz em japonês.
accessibility-limitation-archived = As versões anteriores são mantidas exatamente como foram divulgadas, sem correção de erros de escrita encontrados depois.
accessibility-report-heading = Como relatar um problema
accessibility-report = Se algo neste site estiver difícil de ler ou de usar, avise o canal de atendimento abaixo. Se você informar o endereço da página e o aparelho, o navegador e a tecnologia assistiva que usa, poderemos resolver mais rápido. Se quiser o aviso em outro formato, como em papel ou em letras grandes, peça ao mesmo canal.

## The pages for a missing address and for a failure, shown in every
## language of the site at once

error-not-found-title = Página não encontrada
error-not-found-text = Não encontramos a página que você procura. Verifique o endereço ou comece pela página do aviso.
error-server-title = Ocorreu um erro
error-server-text = Não foi possível exibir a página. Tente novamente daqui a pouco.
# A link to the notice in this language.
error-notice-link = O aviso em português
