/**
 * Common given names: a capitalised run that starts with one is a person ("Phil Simmons"), and the
 * list gives a likely gender for pronouns. Sources: US Social Security Administration, "Top names
 * over the last 100 years" (ssa.gov/oact/babynames/decades/century.html), and Wikipedia, "List of
 * most popular given names" (Europe, Russia/Ukraine, the Arab world, East and South Asia).
 */

/** Given names mostly borne by men. */
export const MALE_NAMES: readonly string[] = `
james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony mark donald
steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric
jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry
gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie
alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis harry tony ian colin neil
graham nigel simon martin hugh tom tim mike steve dave jim bob bill ben sam phil rob andy chris nick alex matt dan
pete greg jeff fred ted ken ray ron don jon rick dick tommy jimmy johnny danny eddie frankie joey barry gordon stuart
malcolm derek trevor clive geoff geoffrey dean lee ross craig gary darren wayne shane glenn kurt karl carl hans jurgen
juergen klaus dieter wolfgang helmut gerhard horst uwe jens lars sven stefan stephan thomas jan pieter piet willem
johan erik erich frederik henrik bjorn ole nils anders magnus pierre jean jacques michel philippe alain francois
laurent olivier nicolas christophe patrice didier thierry bernard claude marcel andre luc yves giovanni giuseppe
marco luca paolo francesco antonio mario roberto alessandro andrea fabio massimo stefano carlo pablo carlos jorge
luis miguel javier manuel fernando sergio rafael diego alejandro ricardo eduardo pedro raul enrique joao paulo
vladimir sergei sergey dmitry dmitri alexei alexey andrei andrey mikhail nikolai ivan igor oleg yuri boris viktor
pavel yevgeny evgeny anatoly gennady konstantin maxim maksim volodymyr oleksandr oleksiy dmytro andriy mykola
petro vitali vitaliy taras bogdan bohdan viktor vasily leonid grigory roman artem kirill denis stanislav tomasz
piotr krzysztof andrzej marek pawel lech jaroslav vaclav milan zoran dragan goran slobodan radovan ratko mohammed
muhammad mohammad ahmed ahmad ali hassan hussein hussain mahmoud mustafa omar abdullah abdul khalid yusuf youssef
ibrahim ismail salem saleh karim tariq nasser walid hamid rashid faisal amir reza mehdi hossein recep
benjamin yitzhak moshe avi david shimon ariel ehud naftali yair binyamin kim lee park wang zhang li liu chen yang
huang zhao wu zhou xu sun ma hu guo lin jin hiroshi takeshi kenji yoshi shinzo junichiro taro ichiro raj rahul amit
sanjay vijay sunil anil ravi arjun narendra manmohan rajiv nelson desmond jacob thabo kofi kwame olusegun goodluck
muhammadu uhuru jomo robert barack joe donald george bill ronald jimmy gerald lyndon richard dwight harry franklin
chuck mitch mitt jeb newt rand bernie rudy reince mike chris marco ted rick ben
`.split(/\s+/).filter(Boolean);

/** Given names mostly borne by women. */
export const FEMALE_NAMES: readonly string[] = `
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley
kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen amy
angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet catherine
maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea
cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia
grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis
lori jane anne sue liz kate katie jenny jill sally sue tina wendy hillary hilary kamala nancy condoleezza madeleine
angela ursula annalena theresa margaret giorgia marine segolene christine ségolène sophie isabelle nathalie valerie
catherine brigitte monique francoise claire camille chloe lea manon julia giulia francesca chiara elena anna sofia
lucia carmen pilar rosa isabel ana beatriz gabriela fernanda dilma cristina yulia yuliya olga irina tatiana tatyana
natalia natalya svetlana ekaterina yekaterina anastasia marina galina lyudmila valentina iryna oksana olena
kateryna maria agnieszka katarzyna malgorzata magdalena ewa fatima aisha ayesha zainab mariam maryam leila layla
noor huda hind golda tzipi yo sun hee mei ling xiaoling yuko yoko akiko keiko indira sonia priyanka benazir sheikh
aung winnie ellen graca michaela serena venus steffi martina monica arantxa gabriela jana conchita lindsay mary-jo
lindsey dianne kirsten elise nikki marsha tulsi ilhan alexandria
`.split(/\s+/).filter((n) => n && n !== 'sheikh');
