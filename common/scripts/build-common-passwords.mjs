// Builds common/src/data/common-passwords.json (see common/src/data/SOURCE.md):
// `node common/scripts/build-common-passwords.mjs`. The words are written here by hand from what
// every public leak study shows people choose: keyboard walks, counting, love, football, pets,
// first names, cities, the service's own vocabulary. The policy also strips separators, "leet"
// substitutions and trailing digits or symbols before looking a password up, so "P@ssw0rd2024!"
// is found through "password".
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const words = (text) => text.split(/\s+/).filter(Boolean);

const patterns = words(`
  123456 1234567 12345678 123456789 1234567890 12345678910 0123456789 987654321 9876543210 111111 1111111111
  000000 0000000000 121212 123123 123321 654321 696969 112233 147258 147258369 159753 159357 741852963 789456
  789456123 456789 11223344 12341234 123123123 azerty azertyuiop azertyuiopqsdfghjklm azertyui azerty123
  qsdfghjklm wxcvbn wxcvbnqsdf qwerty qwertyuiop qwertyuiopasdfghjkl qwertz qwertzuiop asdfgh asdfghjkl
  zxcvbn zxcvbnm 1qaz2wsx 1q2w3e4r 1q2w3e4r5t 1q2w3e4r5t6y qazwsx qazwsxedc zaq12wsx abc123 abcd1234
  abcdef abcdefgh abcdefghijkl aaaaaa aaaaaaaaaaaa azeqsd azeqsdwxc poiuytreza mlkjhgfdsq
  password passw0rd password1 passwords passpass passphrase motdepasse motdepass motdepas mdp mdpmdp
  secret secrets topsecret confidentiel changeme changemoi changeit default defaut welcome bienvenue
  bienvenu login logon admin administrator administrateur root toor master superuser utilisateur user
  guest invite test test1234 testtest demo essai temporaire provisoire nouveau nouveaumotdepasse
  iloveyou iloveu loveyou jetaime jetadore teamo ichliebedich tiamo amour amoureux amoureuse monamour
  moncoeur moncherie mabelle monbebe bebe bisous calin chouchou doudou loulou nounours titi toto tata
  tutu lolo lili coco kiki bibi pupuce puce cheri cherie chéri chérie trésor tresor cocotte poupette
  soleil lune etoile etoiles ciel nuage arcenciel printemps ete automne hiver janvier fevrier mars avril
  mai juin juillet aout septembre octobre novembre decembre lundi mardi mercredi jeudi vendredi samedi
  dimanche bonjour bonsoir salut coucou hello hellohello merci bonheur liberte egalite fraternite
  france francais francaise marianne republique paris marseille lyon toulouse nice nantes strasbourg
  montpellier bordeaux lille rennes reims toulon grenoble dijon angers nimes brest tours limoges amiens
  perpignan metz besancon orleans rouen caen nancy avignon poitiers blois bretagne normandie provence
  alsace corse savoie auvergne bourgogne picardie lorraine champagne aquitaine occitanie
  football foot footballeur soccer rugby tennis basket basketball handball cyclisme velo natation
  olympiquedemarseille allezlom om psg parissaintgermain ol olympiquelyonnais asse saintetienne
  girondins losc rclens lens fcnantes staderennais ogcnice asmonaco monaco realmadrid barcelona barca
  manchester liverpool chelsea arsenal juventus milan bayern zidane mbappe ronaldo messi neymar griezmann
  platini benzema henry thierryhenry allezlesbleus lesbleus champion champions victoire
  chocolat chocolate caramel vanille fraise framboise banane pomme orange citron cerise abricot peche
  croissant baguette fromage camembert pizza sushi burger cafe coffee cookie cookies biscuit bonbon
  chien chiot chat chaton minou minette lapin cheval poney tigre lion panthere dauphin papillon
  oiseau poisson tortue souris dragon licorne doggy puppy kitty kitten monkey donkey tiger lion
  dragon dragons phoenix eagle falcon shadow batman superman spiderman ironman pokemon pikachu naruto
  goku starwars jedi yoda harrypotter hogwarts gandalf matrix ninja pirate samurai viking warrior
  princess princesse prince roi reine king queen angel ange angels anges diable demon devil jesus
  dieu god christ marie mariejeanne allah bismillah lucifer sunshine flower fleur fleurs rose roses
  summer winter spring autumn monday friday sunday january december london berlin madrid rome
  newyork america canada quebec montreal bruxelles belgique suisse geneve maroc algerie tunisie
  senegal portugal espagne italie allemagne angleterre
  freedom whatever trustno1 letmein letmeinnow access access14 starwars master maverick mustang
  ferrari porsche mercedes renault peugeot citroen bmw audi toyota yamaha harley ducati
  computer ordinateur internet google facebook instagram twitter youtube netflix apple samsung
  microsoft windows linux ubuntu android iphone azure azureazure
  michael jennifer jessica ashley daniel matthew andrew joshua robert charlie thomas jordan hunter
  george harley ranger buster tigger ginger pepper maggie sophie bailey
  marie jean pierre michel philippe alain nicolas christophe christian patrick daniel bernard eric
  frederic laurent stephane olivier david julien sebastien francois pascal thierry jerome vincent
  antoine sylvain guillaume maxime alexandre mathieu romain anthony kevin jeremy florian benjamin
  lucas hugo louis gabriel arthur jules leo raphael adam nathan enzo theo tom noah ethan paul clement
  nathalie isabelle sylvie catherine martine christine francoise valerie sandrine stephanie sophie
  celine veronique chantal nicole anne monique julie aurelie caroline camille laura sarah manon emma
  chloe lea ines jade louise alice lina rose anna mila julia lola clara zoe lucie mathilde pauline
  marion amandine audrey emilie elodie melanie charlotte marine justine oceane margaux juliette
  mohamed mehdi karim sofiane yanis rayan amine bilal nassim fatima yasmine sarah leila nadia
  martin bernard dubois durand lefebvre leroy moreau simon laurent lefevre michel garcia david
  bertrand roux vincent fournier morel girard andre mercier dupont lambert bonnet francois martinez
  justice ministere ministerejustice tribunal parquet procureur procureurdelarepublique greffe greffier
  greffiere magistrat magistrate juge juridiction saisine saisines signalement infoparquet plainte
  police gendarmerie gendarme prefecture mairie administration fonctionnaire agent service public
  servicepublic gouvernement etat douane impots finances finances publiques dgfip urssaf inspection
  travail sante education education nationale ecole college lycee universite
  famille maman papa mamie papy papi mamy mere pere fils fille frere soeur enfant enfants bebe jumeaux
  mariage anniversaire noel paques vacances weekend maison jardin voiture moto bateau avion train
  musique guitare piano chanson danse cinema theatre lecture livre livres photo voyage plage montagne
  mer ocean foret riviere campagne village ville
  azerty1 azerty12 azerty123 azerty1234 qwerty1 qwerty12 qwerty123 qwerty1234 password12 password123
  password1234 motdepasse1 motdepasse12 motdepasse123 motdepasse1234 motdepasse2024 motdepasse2025
  motdepasse2026 bonjour123 soleil123 jetaime123 iloveyou123 doudou123 loulou123 marseille13 paris75
  nicolas123 julien123 azertyuiop123 qwertyuiop123 0000000000000 123456789012 1234567890123
  12345678901234 11111111111111 abcdefghijklmnop administrateur1 administrateur123 bienvenue123
  changeme123 welcome123 letmein123 passwordpassword motdepassemotdepasse
  jesuisla jesuismoi cestmoi moimeme toujours jamais pourquoi parceque nimportequoi rien personne
  quelquun quelquechose secretdefense monmotdepasse mon_mot_de_passe mot_de_passe mot-de-passe
  unmotdepasse monsecret notresecret accesrefuse connexion deconnexion identifiant identifiants
  utilisateur1 compte moncompte
`);

// Each pattern once, normalized as the policy normalizes (lower case, no accents, no separators).
const normalize = (word) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s._-]+/g, '');
const list = new Set();
for (const word of patterns) list.add(normalize(word));
// Common years and the short suffixes people append make the long variants explicit too.
const suffixes = ['1', '12', '123', '1234', '12345', '123456', '!', '01', '13', '69', '75', '2020', '2021', '2022', '2023', '2024', '2025', '2026'];
for (const word of [...list]) {
  if (!/^[a-z]+$/.test(word) || word.length < 4) continue;
  for (const suffix of suffixes) {
    const candidate = word + suffix;
    if (candidate.length >= 12) list.add(candidate);
  }
}
if (list.has('demoinfoparquet')) throw new Error('the demo password must stay usable');
const sorted = [...list].sort();
const target = fileURLToPath(new URL('../src/data/common-passwords.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(sorted, null, 0).replace(/","/g, '",\n"')}\n`);
console.log(`${sorted.length} entries written to ${target}`);
