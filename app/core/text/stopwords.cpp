// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stopwords.h"

namespace Crosscheck::Core::Text {

namespace {
struct List
{
    const char *language;
    const char *words;
};

// Compact versions of the Snowball stopword lists (https://snowballstem.org), lower case.
const List kLists[] = {
    {"en",
     "a about above after again against all am an and any are as at be because been before "
     "being below between both but by can could did do does doing down during each few for "
     "from further had has have having he her here hers herself him himself his how i if in "
     "into is it its itself just me more most my myself no nor not now of off on once only or "
     "other our ours ourselves out over own same she should so some such than that the their "
     "theirs them themselves then there these they this those through to too under until up "
     "very was we were what when where which while who whom why will with would you your "
     "yours yourself yourselves i'm you're he's she's it's we're they're i've you've we've "
     "they've i'd you'd he'd she'd we'd they'd i'll you'll he'll she'll we'll they'll isn't "
     "aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't wouldn't shan't "
     "shouldn't can't cannot couldn't mustn't let's that's who's what's here's there's "
     "when's where's why's how's also"},
    {"de",
     "aber alle allem allen aller alles als also am an ander andere anderem anderen anderer "
     "anderes anderm andern anderr anders auch auf aus bei bin bis bist da damit dann der den "
     "des dem die das dass daß derselbe derselben denselben desselben demselben dieselbe "
     "dieselben dasselbe dazu dein deine deinem deinen deiner deines denn derer dessen dich "
     "dir du dies diese diesem diesen dieser dieses doch dort durch ein eine einem einen einer "
     "eines einig einige einigem einigen einiger einiges einmal er ihn ihm es etwas euer eure "
     "eurem euren eurer eures für gegen gewesen hab habe haben hat hatte hatten hier hin "
     "hinter ich mich mir ihr ihre ihrem ihren ihrer ihres euch im in indem ins ist jede jedem "
     "jeden jeder jedes jene jenem jenen jener jenes jetzt kann kein keine keinem keinen "
     "keiner keines können könnte machen man manche manchem manchen mancher manches mein "
     "meine meinem meinen meiner meines mit muss musste nach nicht nichts noch nun nur ob oder "
     "ohne sehr sein seine seinem seinen seiner seines selbst sich sie ihnen sind so solche "
     "solchem solchen solcher solches soll sollte sondern sonst über um und uns unsere "
     "unserem unseren unser unseres unter viel vom von vor während war waren warst was weg "
     "weil weiter welche welchem welchen welcher welches wenn werde werden wie wieder will "
     "wir wird wirst wo wollen wollte würde würden zu zum zur zwar zwischen"},
    {"fr",
     "au aux avec ce ces dans de des du elle en et eux il ils je la le les leur lui ma mais "
     "me même mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta "
     "te tes toi ton tu un une vos votre vous c d j l à m n s t y été étée étées étés étant "
     "suis es est sommes êtes sont serai seras sera serons serez seront serais serait "
     "serions seriez seraient étais était étions étiez étaient fus fut fûmes fûtes furent "
     "ai as avons avez ont aurai auras aura aurons aurez auront aurais aurait aurions auriez "
     "auraient avais avait avions aviez avaient eut eûmes eûtes eurent eu eue eues eus"},
    {"es",
     "de la que el en y a los del se las por un para con no una su al lo como más pero sus "
     "le ya o este sí porque esta entre cuando muy sin sobre también me hasta hay donde quien "
     "desde todo nos durante todos uno les ni contra otros ese eso ante ellos e esto mí antes "
     "algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada muchos cual "
     "poco ella estar estas algunas algo nosotros mi mis tú te ti tu tus ellas nosotras "
     "vosotros vosotras os mío mía míos mías tuyo tuya suyo suya nuestro nuestra vuestro "
     "esos esas estoy estás está estamos estáis están es son fue era ha han he has hemos "
     "había habían ser sido"},
    {"it", "ad al allo ai agli all agl alla alle con col coi da dal dallo dai dagli dall dagl "
           "dalla dalle di del dello dei degli dell degl della delle in nel nello nei negli nell "
           "negl nella nelle su sul sullo sui sugli sull sugl sulla sulle per tra contro io tu lui "
           "lei noi voi loro mio mia miei mie tuo tua tuoi tue suo sua suoi sue nostro nostra "
           "nostri nostre vostro vostra vostri vostre mi ti ci vi lo la li le gli ne il un uno una "
           "ma ed se perché anche come dov dove che chi cui non più quale quanto quanti quanta "
           "quante quello quelli quella quelle questo questi questa queste si tutto tutti a c e i "
           "l o ho hai ha abbiamo avete hanno è sono era erano stato"},
    {"pt",
     "de a o que e do da em um para com não uma os no se na por mais as dos como mas ao ele "
     "das à seu sua ou quando muito nos já eu também só pelo pela até isso ela entre depois "
     "sem mesmo aos seus quem nas me esse eles você essa num nem suas meu às minha numa pelos "
     "elas qual nós lhe deles essas esses pelas este dele tu te vocês vos lhes meus minhas "
     "teu tua teus tuas nosso nossa nossos nossas dela delas esta estes estas aquele aquela "
     "aqueles aquelas isto aquilo estou está estamos estão foi foram era é são ser tem têm "
     "havia"},
    {"nl",
     "de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er "
     "maar om hem dan zou of wat mijn men dit zo door over ze zich bij ook tot je mij uit der "
     "daar haar naar heb hoe heeft hebben deze u want nog zal me zij nu ge geen omdat iets "
     "worden toch al waren veel meer doen toen moet ben zonder kan hun dus alles onder ja "
     "eens hier wie werd altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon niets "
     "uw iemand geweest andere"},
    {"ru", "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только "
           "ее мне было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни "
           "быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут "
           "где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под "
           "будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой "
           "тем чтобы нее сейчас были куда зачем всех никогда можно при наконец два об другой хоть "
           "после над больше тот через эти нас про всего них какая много разве три эту моя "
           "впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им более всегда "
           "конечно всю между"},
    {"uk", "і й та в у на з із зі до від по за про при під над для без через що як це цей ця ці "
           "той та те ті він вона воно вони я ти ми ви його її їх їм їй йому мене мені тебе тобі "
           "нас нам вас вам себе свій своя своє свої не ні так але а або чи бо якщо коли де тут "
           "там вже ще також теж лише тільки був була було були бути є буде будуть може можна "
           "треба який яка яке які котрий котра всі все весь вся кожен інший інша інші між після "
           "перед щоб аби навіть хоча уже дуже"},
};
} // namespace

QStringList stopwords(const QString &language)
{
    for (const List &l : kLists) {
        if (language == QLatin1String(l.language))
            return QString::fromUtf8(l.words).split(u' ', Qt::SkipEmptyParts);
    }
    return {};
}

} // namespace Crosscheck::Core::Text
