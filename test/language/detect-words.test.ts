/**
 * Latin- and Cyrillic-script languages are told apart by the stopwords of their data
 * files (detect.ts: the leader needs 8 hits, twice the runner-up and 10 % of the words).
 * Each new language is detected on a real corpus paragraph, and the languages that had
 * stopwords before are still detected on theirs. Paragraphs are copied from ../shared/corpus.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage, languageFromWords } from '../../src/language/detect.js';

const NEW_LANGUAGES: ReadonlyArray<readonly [tag: string, text: string]> = [
  // corpus OpenTermsArchive__p2b-compliance-versions/OTOMOTO/Commercial Terms.md
  ['pl', 'Dealer jest odpowiedzialny za publikowane treści (w tym zdjęcia i wideo) i jednocześnie oświadcza i gwarantuje, że są one zgodne ze stanem faktycznym oraz z powszechnie obowiązującymi przepisami prawa, a ich publikacja nie narusza Regulaminu, praw i interesów Grupy OLX oraz praw osób trzecich, w tym praw autorskich. Grupa OLX nie ponosi odpowiedzialności za działania leżące po stronie Dealerów, w szczególności za prawdziwość, rzetelność oraz zgodność z przepisami prawa publikowanych przez nich treści, ani zawartości źródeł zewnętrznych, do jakich odsyła treść Ogłoszenia opublikowanego przez Dealera.'],
  // corpus OpenTermsArchive__p2b-compliance-versions/GoPillar/Terms of Service.md
  ['it', '6.11 Una volta che i vincitori di un Contest sono selezionati, come descritto al precedente Articolo 6.6, l’Utente non potrà in alcun modo revocare il mandato conferito, a meno che non sia presentata a GoPillar una valida prova che i Designer che hanno vinto il relativo Contest siano incorsi in gravi violazioni dei presenti Termini e Condizioni. Nel caso in cui uno dei progetti vincitori fosse squalificato, il premio non sarà rimborsato ma assegnato al progetto successivo in classifica.'],
  // corpus mozilla__legal-docs/nl/content_moderation_practices.md
  ['nl', 'Wanneer een gebruiker tijdens het beroep in het gelijk wordt gesteld, wordt de gebruiker geïnformeerd en wordt de eerdere actie die tegen zijn of haar content of account is ondernomen, teruggedraaid. Wanneer een melder tijdens het beroep in het gelijk wordt gesteld, worden de gebruiker en de melder geïnformeerd en wordt er actie ondernomen tegen de content die in strijd is met onze regels. Dit gebeurt op basis van het toepasselijke beleid.'],
  // corpus mozilla__legal-docs/ru/content_moderation_practices.md
  ['ru', 'Если нарушение карается предупреждением или удалением контента, дополнительные нарушения могут привести к блокировке. В таких случаях мы также уведомляем пользователя о том, что его аккаунт заблокирован на основании многочисленных нарушений. Мы предоставим возможность отдельно обжаловать как последнее решение модератора, так и последующую блокировку. В некоторых продуктах эти апелляции можно совмещать, а в других их нужно отправлять по отдельности.'],
  // corpus OpenTermsArchive__p2b-compliance-versions/Sbazar.cz/Terms of Service.md
  ['cs', '4.4. V případě, že Inzerent připojí k Inzerátu fotografie, jejichž je autorem, uděluje okamžikem vložení Inzerátu na Server či v rámci Mobilní aplikace Provozovateli bezúplatnou nevýhradní licenci k užití fotografií, a to na dobu zveřejnění Inzerátu na Serveru či v rámci Mobilní aplikace a ke způsobům užití v souladu s určením Serveru a Mobilní aplikace a v souladu s těmito Podmínkami.'],
  // corpus mozilla__legal-docs/hu/content_moderation_practices.md
  ['hu', 'Mindkét esetben biztosítunk egy űrlapot, amelyen a fél benyújthatja a fellebbezését, és megmagyarázhatja, miért gondolja úgy, hogy a korábbi döntés helytelen volt, és miért nem felelt meg a szabályzatunknak vagy a vonatkozó jogi követelményeknek. Ezek a fellebbezések ugyanazt az esetkezelő eszközt használják, amelyet a moderálási folyamatunk első szakaszában használunk – amely segít a fellebbezések fogadásában és nyomon követésében, valamint a szabályzat, a kezdeti jelentés és minden egyéb információ áttekintésében a moderálási döntés meghozásához.'],
  // corpus mozilla__legal-docs/id/content_moderation_practices.md
  ['id', 'Jika pelanggaran dapat dihukum dengan peringatan atau penghapusan konten, pelanggaran selanjutnya dapat mengakibatkan penangguhan. Dalam kasus seperti ini, kami juga akan memberi tahu pengguna bahwa akun mereka ditangguhkan berdasarkan riwayat beberapa pelanggaran. Kami akan memberikan kesempatan untuk mengajukan banding secara terpisah atas keputusan moderasi terbaru, dan penangguhan yang diakibatkannya. Pada beberapa produk, pengajuan banding ini dapat digabungkan, sementara pada produk lain harus dilakukan secara terpisah.'],
];

const EARLIER_LANGUAGES: ReadonlyArray<readonly [tag: string, text: string]> = [
  // corpus mozilla__legal-docs/en/content_moderation_practices.md
  ['en', 'When a moderator determines that content does not violate our policies, we will notify the reporter of that determination and will take no action against the content. In most cases, we will provide the reporter the opportunity to appeal.'],
  // corpus mozilla__legal-docs/fr/content_moderation_practices.md
  ['fr', 'Mozilla propose plusieurs produits permettant aux utilisateurs de partager et échanger du contenu, par exemple du texte original et des images exclusives, des pages ou articles web tiers et des applications logicielles. Le contenu partagé par le biais de ces produits, ou de la Communauté Mozilla, doivent respecter les politiques de contenu applicables.'],
  // corpus mozilla__legal-docs/de/content_moderation_practices.md
  ['de', 'Wenn ein Moderator entscheidet, dass der Inhalt nicht gegen unsere Richtlinien verstößt, werden wir den meldenden Benutzer darüber in Kenntnis setzen und wegen dieses Inhalts keine Maßnahmen ergreifen. In der Regel werden wir dem meldenden Benutzer jedoch die Möglichkeit zum Widerspruch einräumen.'],
  // corpus OpenTermsArchive__p2b-compliance-versions/AutoScout24/Marketplace Sellers Conditions.md
  ['es', '1.3 Los posibles acuerdos y pactos accesorios adoptados antes de la formalización del contrato solamente pasarán a ser parte integrante del mismo si Sumauto los confirma de nuevo y de manera expresa por escrito. También las posibles modificaciones posteriores necesitarán la forma escrita para su validez. No existen pactos accesorios verbales. Además, quedan expresamente rechazadas las condiciones generales del Usuario en todo lo que puedan oponerse a las presentes Condiciones generales.'],
  // corpus OpenTermsArchive__p2b-compliance-versions/CustoJusto/Terms of Service.md
  ['pt', 'Qualquer Utilizador declara que, ao aceder e utilizar o serviço CUSTOJUSTO, através do Site e/ou das Aplicações, aceita expressamente e sem reservas os presentes termos e condições. Se não concordar, não deve utilizar o nosso Site e/ou as Aplicações.'],
];

describe('language from function words', () => {
  it.each(NEW_LANGUAGES)('detects %s on a corpus paragraph', (tag, text) => {
    expect(languageFromWords(text)).toBe(tag);
    // with no frontmatter and no language in the path, the words decide
    expect(detectLanguage({ relativePath: 'policies/terms.md', text })).toEqual({ tag, source: 'words' });
  });

  it.each(EARLIER_LANGUAGES)('still detects %s on a corpus paragraph', (tag, text) => {
    expect(languageFromWords(text)).toBe(tag);
    expect(detectLanguage({ relativePath: 'policies/terms.md', text })).toEqual({ tag, source: 'words' });
  });

  it('does not read a short Malay paragraph as Indonesian', () => {
    // corpus mozilla__legal-docs/ms/mdn_plus_terms.md. Malay has no data file; the Indonesian
    // stopwords avoid the words the two languages share most, so this stays undecided.
    expect(languageFromWords('Anda perlu berada di dalam negara di mana Perkhidmatan ini tersedia. Pada masa ini, Perkhidmatan ini tersedia di Amerika Syarikat, Kanada, United Kingdom, Jerman, Perancis, Itali, Sepanyol, Belgium, Austria, Switzerland, Belanda, Ireland, Malaysia, New Zealand dan Singapura.')).toBeNull();
  });
});
