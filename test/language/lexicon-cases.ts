/**
 * Table of real and natural sentences per language, used by lexicons.test.ts.
 *
 * Sources of sentences: `seed NNN` = ../shared/seeds/NNN_*.txt; `corpus` = a file in
 * ../shared/corpus (path given); the rest are written for the test in the
 * register of real policies.
 */
import type { TimeUnit } from '../../src/text/text-layer.js';

/**
 * [concept, text, the source text of one match (optional)]. A match covers the term,
 * not the whole word: 'complaint*' finds 'complaint' in 'complaints'.
 */
export type MatchCase = readonly [concept: string, text: string, found?: string];
/** [concept, text]: the concept must not be found (in the language or in English). */
export type MissCase = readonly [concept: string, text: string];
/** [text, durations in document order as [value, unit]] */
export type DurationCase = readonly [text: string, expected: ReadonlyArray<readonly [number, TimeUnit]>];
/** [text, level values in document order] */
export type LevelCase = readonly [text: string, expected: readonly number[]];

export interface LanguageCases {
  tag: string;
  match: readonly MatchCase[];
  miss: readonly MissCase[];
  durations: readonly DurationCase[];
  levels: readonly LevelCase[];
}

export const CASES: readonly LanguageCases[] = [
  {
    tag: 'en',
    match: [
      ['privacy', 'We protect your personal data at all times.', 'personal data'],
      ['privacyPolicy', 'Read our Privacy Policy for details.', 'Privacy Policy'],
      ['complaint', 'How are complaints resolved?', 'complaint'],
      ['escalation', 'If you are not satisfied with our answer, ask for a review.', 'If you are not satisfied'],
      ['escalation', 'We escalate unresolved cases within two days.', 'escalate'],
      ['role.agent', 'Our support team will reply.', 'support team'],
      ['role.teamLead', 'You may ask to speak to a supervisor.', 'supervisor'],
      ['role.manager', 'The complaints manager reviews every case.', 'complaints manager'],
      ['role.director', 'It then goes to the Head of Customer Experience.', 'Head of'],
      ['role.executive', 'The Chief Executive Officer decides on appeals.', 'Chief Executive Officer'],
      ['role.external', 'You can refer the matter to the Financial Ombudsman Service.', 'Financial Ombudsman Service'],
      ['role.external', 'We are a member of the Better Business Bureau.', 'Better Business Bureau'],
      ['channel.form', 'Use our online form to reach us.', 'online form'],
      ['channel.postal', 'Or write to us at our postal address.', 'write to us'],
    ],
    miss: [
      ['channel.form', 'Please send a formal letter.'],
      ['channel.form', 'We keep an informal tone with customers.'],
      ['role.external', 'We will reply immediately.'],
      ['complaint', 'We comply with the law.'],
      ['privacyPolicy', 'Our privacy team is small.'],
    ],
    durations: [
      ['We reply within 5 business days.', [[5, 'businessDay']]],
      ['Calls are returned within forty-eight hours.', [[48, 'hour']]],
      ['Expect an answer in 2 weeks or 30 minutes by chat.', [[2, 'week'], [30, 'minute']]],
    ],
    levels: [
      ['Tier 2 support handles refunds.', [2]],
      ['The second line takes over.', [2]],
    ],
  },
  {
    tag: 'ta',
    match: [
      ['privacy', 'உங்கள் தனிப்பட்ட தகவல்களை நாங்கள் பாதுகாக்கிறோம்.', 'தனிப்பட்ட தகவல'],
      ['privacy', 'தனியுரிமை எங்களுக்கு முக்கியம்.'],
      ['privacyPolicy', 'எங்கள் தனியுரிமைக் கொள்கையைப் படிக்கவும்.', 'தனியுரிமைக் கொள்கை'],
      // seed 000, tip 2
      ['complaint', 'விநியோக நேரம் அல்லது விசாரணைகள் மற்றும் புகார்களுக்கான பதிலின் வேகம்', 'புகார'],
      ['complaint', 'உங்கள் புகாரை இணையதளத்தில் பதிவு செய்யுங்கள்.'],
      ['complaint', 'ஒவ்வொரு புகாருக்கும் பதில் அளிக்கப்படும்.'],
      // corpus github__opensource.guide/_articles/ta/code-of-conduct.md
      ['complaint', 'நடத்தை மீறல்களை மக்கள் தனிப்பட்ட முறையில் புகாரளிக்க ஒரு வழியை கொடுக்க வேண்டும்.'],
      // seed 000, step 5
      ['escalation', 'செயல்களின் வரிசையை வழங்கும் விரிவாக்கப் பட்டியலை நிறுவுவது மிகவும் முக்கியமானது', 'விரிவாக்கப் பட்டியல'],
      ['escalation', 'எங்கள் பதிலில் நீங்கள் திருப்தி அடையவில்லை என்றால், மேலாளரிடம் முறையிடலாம்.', 'திருப்தி அடையவில்லை'],
      // seed 000, step 7
      ['role.agent', 'உங்கள் வாடிக்கையாளர் சேவை ஊழியர்களிடம் சொல்லுங்கள்.', 'வாடிக்கையாளர் சேவை'],
      ['role.agent', 'எங்கள் முகவர் உங்களைத் தொடர்புகொள்வார்.', 'முகவர்'],
      ['role.teamLead', 'குழுத் தலைவர் உங்கள் புகாரை மதிப்பாய்வு செய்வார்.', 'குழுத் தலைவ'],
      ['role.manager', 'தீர்வு கிடைக்கவில்லை என்றால் மேலாளரிடம் முறையிடலாம்.', 'மேலாள'],
      ['role.director', 'புகார் துறைத் தலைவருக்கு அனுப்பப்படும்.', 'துறைத் தலைவ'],
      ['role.executive', 'தலைமை நிர்வாக அதிகாரி இறுதி முடிவை எடுப்பார்.', 'தலைமை நிர்வாக அதிகாரி'],
      ['role.external', 'நீங்கள் நுகர்வோர் ஆணையத்தை அணுகலாம்.', 'நுகர்வோர் ஆணைய'],
      ['role.external', 'வங்கி குறைதீர்ப்பாளரிடம் புகார் அளிக்கலாம்.', 'குறைதீர்ப்பாள'],
      ['channel.form', 'எங்கள் இணையதளத்தில் உள்ள தொடர்பு படிவத்தை நிரப்பவும்.'],
      ['channel.postal', 'எங்கள் அஞ்சல் முகவரிக்கு கடிதம் அனுப்பவும்.', 'அஞ்சல் முகவரி'],
      ['channel.postal', 'புகாரை எழுத்துப்பூர்வமாக அனுப்பலாம்.'],
    ],
    miss: [
      // seed 000, introduction: விரிவாக்க = expand
      ['escalation', 'மேலும் நீங்கள் உங்கள் வாடிக்கையாளர் தளத்தை விரிவாக்க முடியும்.'],
      // corpus ta code-of-conduct: முகவரி = address, not agent
      ['role.agent', 'மின்னஞ்சல் முகவரியைப் போன்ற ஒரு வழியை கொடுக்க வேண்டும்.'],
      ['channel.postal', 'மின்னஞ்சல் மூலம் தொடர்பு கொள்ளவும்.'],
      ['tier', 'கட்டணம் இல்லை.'],
    ],
    durations: [
      ['5 வேலை நாட்களுக்குள் பதில் அளிப்போம்.', [[5, 'businessDay']]],
      ['௫ வேலை நாட்களுக்குள் பதில் அளிப்போம்.', [[5, 'businessDay']]],
      ['24 மணி நேரத்திற்குள் அழைப்போம்.', [[24, 'hour']]],
      ['முப்பது நாட்களுக்குள் பணம் திருப்பித் தரப்படும்.', [[30, 'day']]],
      ['இரண்டு வாரங்களில் தீர்வு.', [[2, 'week']]],
    ],
    levels: [
      ['நிலை 2 ஆதரவு குழு', [2]],
      ['இரண்டாம் நிலை ஆதரவு', [2]],
      ['2ஆம் நிலை', [2]],
    ],
  },
  {
    tag: 'ur',
    match: [
      ['privacy', 'ہم آپ کی ذاتی معلومات کی حفاظت کرتے ہیں۔', 'ذاتی معلومات'],
      ['privacyPolicy', 'ہماری رازداری کی پالیسی پڑھیں۔', 'رازداری کی پالیسی'],
      // seed 001
      ['complaint', 'کسٹمر کے شکایات کو حل کرنے کے لئے ایک واضح طریقہ تیار کریں.', 'شکایات'],
      ['complaint', 'جب مسائل پیدا ہوتے ہیں تو شکایت کی قرارداد سروس فراہم کرنے کے لۓ.', 'شکایت'],
      ['complaint', 'کسٹمر تنازعات کو کم کرنے یا کم کرنے کے دوران', 'تنازع'],
      ['escalation', 'اگر آپ ہمارے جواب سے مطمئن نہیں ہیں تو معاملہ مینیجر کو بھیجا جائے گا۔', 'مطمئن نہیں'],
      // seed 001
      ['role.agent', 'گاہکوں کو ایک کسٹمر سروس کے نمائندے سے رابطہ کر سکیں.', 'نمائندے'],
      ['role.teamLead', 'ٹیم لیڈر آپ کی شکایت کا جائزہ لے گا۔', 'ٹیم لیڈ'],
      // seed 001
      ['role.manager', 'کمپنی مینجمنٹ کے اہلکاروں کو دستیاب بنائیں.', 'مینجمنٹ'],
      ['role.manager', 'شکایت مینیجر کو بھیجی جائے گی۔', 'مینیجر'],
      ['role.director', 'آخری فیصلہ ڈائریکٹر کرے گا۔', 'ڈائریکٹر'],
      ['role.executive', 'چیف ایگزیکٹو آفیسر کو خط لکھیں۔', 'چیف ایگزیکٹو'],
      ['role.external', 'آپ وفاقی محتسب سے رجوع کر سکتے ہیں۔', 'وفاقی محتسب'],
      ['channel.form', 'ہماری ویب سائٹ پر آن لائن شکایت فارم پُر کریں۔', 'شکایت فارم'],
      ['channel.postal', 'بذریعہ ڈاک ہمارے دفتر کو لکھیں۔', 'بذریعہ ڈاک'],
    ],
    miss: [
      ['channel.form', 'قریبی فارمیسی سے دوا لیں۔'],
      ['complaint', 'آپ کا بہت شکریہ۔'],
      ['channel.postal', 'ہمیں ای میل کریں۔'],
    ],
    durations: [
      ['ہم ۵ کاروباری دنوں میں جواب دیں گے۔', [[5, 'businessDay']]],
      ['٥ دن کے اندر', [[5, 'day']]],
      ['24 گھنٹے کے اندر رابطہ', [[24, 'hour']]],
      ['تین ہفتوں میں', [[3, 'week']]],
    ],
    levels: [
      ['درجہ 2 کی مدد', [2]],
      ['دوسرا درجہ', [2]],
    ],
  },
  {
    tag: 'th',
    match: [
      ['privacy', 'เราเคารพความเป็นส่วนตัวของท่าน', 'ความเป็นส่วนตัว'],
      ['privacy', 'บริษัทเก็บรักษาข้อมูลส่วนบุคคลของลูกค้าอย่างปลอดภัย', 'ข้อมูลส่วนบุคคล'],
      ['privacyPolicy', 'โปรดอ่านนโยบายความเป็นส่วนตัวของเรา', 'นโยบายความเป็นส่วนตัว'],
      // seed 002, tip 2
      ['complaint', 'ความเร็วในการตอบสนองต่อข้อซักถามและแม้แต่ข้อร้องเรียน', 'ร้องเรียน'],
      // seed 002, step 5
      ['escalation', 'การสร้างรายการการเลื่อนระดับที่มีลูกโซ่เชิงตรรกะ', 'เลื่อนระดับ'],
      ['escalation', 'หากท่านไม่พอใจกับผลการพิจารณา สามารถอุทธรณ์ได้', 'หากท่านไม่พอใจ'],
      // seed 002, step 7
      ['role.agent', 'แจ้งเจ้าหน้าที่บริการลูกค้าของคุณเกี่ยวกับนโยบายการบริการลูกค้าใหม่', 'เจ้าหน้าที่บริการ'],
      ['role.teamLead', 'เรื่องจะถูกส่งต่อไปยังหัวหน้าทีม', 'หัวหน้าทีม'],
      ['role.manager', 'ผู้จัดการฝ่ายบริการลูกค้าจะติดต่อกลับ', 'ผู้จัดการ'],
      ['role.director', 'ผู้อำนวยการฝ่ายลูกค้าสัมพันธ์จะพิจารณา', 'ผู้อำนวยการ'],
      ['role.executive', 'กรรมการผู้จัดการเป็นผู้ตัดสินขั้นสุดท้าย', 'กรรมการผู้จัดการ'],
      ['role.external', 'ท่านสามารถร้องเรียนต่อสำนักงานคณะกรรมการคุ้มครองผู้บริโภค (สคบ.)', 'สำนักงานคณะกรรมการคุ้มครองผู้บริโภค'],
      ['channel.form', 'กรอกแบบฟอร์มร้องเรียนบนเว็บไซต์', 'แบบฟอร์ม'],
      ['channel.postal', 'ส่งเอกสารทางไปรษณีย์ลงทะเบียน', 'ไปรษณีย์ลงทะเบียน'],
    ],
    miss: [
      ['escalation', 'เรามุ่งยกระดับคุณภาพการให้บริการ'],
      ['channel.form', 'แพลตฟอร์มของเราใช้งานง่าย'],
      ['channel.postal', 'ติดต่อเราทางไปรษณีย์อิเล็กทรอนิกส์'],
      ['complaint', 'นักเรียนเรียนรู้ได้เร็ว'],
    ],
    durations: [
      ['เราจะตอบกลับภายใน ๕ วันทำการ', [[5, 'businessDay']]],
      ['ภายใน 24 ชั่วโมง', [[24, 'hour']]],
      ['ภายในเจ็ดวัน', [[7, 'day']]],
      ['2 สัปดาห์', [[2, 'week']]],
    ],
    levels: [
      ['ฝ่ายสนับสนุนระดับ 2', [2]],
      ['ระดับที่ ๒', [2]],
      ['ขั้นที่สอง', [2]],
    ],
  },
  {
    tag: 'hy',
    match: [
      ['privacy', 'Մենք պաշտպանում ենք ձեր անձնական տվյալները:', 'անձնական տվյալ'],
      // seed 004, question 5 (with the Armenian question mark inside the word)
      ['privacyPolicy', 'Ո՞րն է ձեր գաղտնիության քաղաքականությունը:', 'գաղտնիության քաղաքականություն'],
      ['privacyPolicy', 'Բոլոր կայքերը պետք է ունենան գաղտնիության հայտարարություն', 'գաղտնիության հայտարարություն'],
      // seed 004, question 2
      ['complaint', 'Ինչպե՞ս եք լուծելու հաճախորդների բողոքները:', 'բողոք'],
      ['complaint', 'Ներկայացրեք բողո՛ք գրավոր:'],
      ['escalation', 'Եթե գոհ չեք պատասխանից, բողոքը կփոխանցվի վերադաս մարմնին:', 'գոհ չեք'],
      // seed 004, title
      ['role.agent', 'Ինչպես մշակել հաճախորդների սպասարկման ակնառու քաղաքականություն', 'հաճախորդների սպասարկման'],
      ['role.agent', 'Մեր օպերատորը կպատասխանի:', 'օպերատոր'],
      ['role.teamLead', 'Հարցը կփոխանցվի թիմի ղեկավարին:', 'թիմի ղեկավար'],
      ['role.manager', 'Բողոքը կքննարկի մենեջերը:', 'մենեջեր'],
      ['role.director', 'Վերջնական որոշումը կայացնում է բաժնի ղեկավարը:', 'բաժնի ղեկավար'],
      ['role.executive', 'Գլխավոր տնօրենի որոշումը վերջնական է:', 'Գլխավոր տնօրեն'],
      ['role.external', 'Դուք կարող եք դիմել Ֆինանսական համակարգի հաշտարարին:', 'Ֆինանսական համակարգի հաշտարար'],
      ['channel.form', 'Լրացրեք հետադարձ կապի ձևը մեր կայքում:', 'կապի ձև'],
      ['channel.form', 'Լրացրեք հետադարձ կապի ձեւը մեր կայքում:', 'կապի ձեւ'],
      ['channel.postal', 'Ուղարկեք գրավոր դիմում մեր փոստային հասցեով:', 'գրավոր դիմում'],
    ],
    miss: [
      ['channel.postal', 'Գրեք մեզ էլեկտրոնային փոստով:'],
      // seed 004, closing tip: ձևակերպվի = be formulated
      ['channel.form', 'տեղեկատվությունը պետք է հստակ և հստակ ձևակերպվի ձեր հաճախորդների համար'],
      ['escalation', 'Դուք գոհ կլինեք մեր ծառայությունից:'],
    ],
    durations: [
      ['Պատասխանը 5 աշխատանքային օրվա ընթացքում:', [[5, 'businessDay']]],
      ['24 ժամվա ընթացքում', [[24, 'hour']]],
      ['երեսուն օր', [[30, 'day']]],
      ['երկու շաբաթ', [[2, 'week']]],
      // "in two copies", not a duration
      ['Պայմանագիրը կազմված է 2 օրինակից:', []],
    ],
    levels: [
      ['2-րդ մակարդակի աջակցություն', [2]],
      ['երկրորդ փուլ', [2]],
      ['Մակարդակ 3', [3]],
      ['առաջին գծի աջակցություն', [1]],
    ],
  },
  {
    tag: 'es',
    match: [
      ['privacy', 'Tratamos los datos personales conforme al RGPD.', 'datos personales'],
      ['privacyPolicy', 'Consulte nuestra Política de Privacidad.', 'Política de Privacidad'],
      ['privacyPolicy', 'Aviso de privacidad integral', 'Aviso de privacidad'],
      ['complaint', 'Puede presentar una reclamación o queja ante nuestro servicio.', 'reclamación'],
      ['complaint', 'Hay hojas de reclamaciones a su disposición.', 'reclamaciones'],
      ['escalation', 'Si no está satisfecha con la respuesta, puede dirigirse al Defensor del Cliente.', 'Si no está satisfech'],
      ['role.agent', 'Un agente de atención al cliente le responderá.', 'agente'],
      ['role.teamLead', 'Puede pedir hablar con un supervisor.', 'supervisor'],
      ['role.manager', 'El gerente de la tienda revisará su caso.', 'gerente'],
      ['role.director', 'La directora de operaciones decidirá.', 'director'],
      ['role.executive', 'El consejero delegado responde en última instancia.', 'consejero delegado'],
      ['role.external', 'Puede acudir a la Junta Arbitral de Consumo.', 'Junta Arbitral de Consumo'],
      ['role.external', 'Si no está satisfecho, puede dirigirse al Defensor del Cliente.', 'Defensor del Cliente'],
      ['channel.form', 'Rellene el formulario de reclamación en línea.', 'formulario'],
      ['channel.postal', 'Envíe su reclamación por correo postal a nuestro domicilio social.', 'correo postal'],
    ],
    miss: [
      ['channel.postal', 'Escríbanos por correo electrónico.'],
      ['escalation', 'Suba por la escalera.'],
      ['channel.form', 'Para más información, visite nuestra web.'],
    ],
    durations: [
      // corpus: 'en un plazo de 10 días hábiles'
      ['Si no recibimos un aviso en un plazo de 10 días hábiles', [[10, 'businessDay']]],
      ['en el plazo de 14 días naturales', [[14, 'day']]],
      ['dentro de las 24 horas', [[24, 'hour']]],
      ['quince días', [[15, 'day']]],
      ['un mes', [[1, 'month']]],
    ],
    levels: [
      ['soporte de nivel 2', [2]],
      ['segundo nivel', [2]],
    ],
  },
  {
    tag: 'fr',
    match: [
      ['privacy', 'Nous protégeons les données à caractère personnel de nos clients.', 'données à caractère personnel'],
      ['privacyPolicy', 'Consultez notre Politique de confidentialité.', 'Politique de confidentialité'],
      ['privacyPolicy', 'Charte de protection des données personnelles', 'Charte de protection des données'],
      // corpus OpenTermsArchive__france-versions
      ['complaint', 'il peut soumettre gratuitement sa réclamation au médiateur de la consommation', 'réclamation'],
      ['escalation', 'Si le client n’a pas obtenu satisfaction ou de réponse dans un délai de deux mois', 'pas obtenu satisfaction'],
      ['escalation', 'Si vous n’êtes pas satisfaite de notre réponse, écrivez-nous.', 'Si vous n’êtes pas satisfait'],
      ['role.agent', 'Un conseiller du service client vous répondra.', 'conseiller'],
      ['role.teamLead', 'Votre demande est transmise au superviseur.', 'superviseur'],
      ['role.manager', 'Le Service Relations Clientèle étudie votre dossier.', 'Service Relations Client'],
      ['role.director', 'La directrice de la relation client vous répondra.', 'directrice'],
      ['role.executive', 'Le Président-Directeur Général décide.', 'Président-Directeur Général'],
      // corpus OpenTermsArchive__france-versions
      ['role.external', 'le CLIENT peut saisir gratuitement le médiateur de la consommation', 'médiateur'],
      ['role.external', 'Vous pouvez introduire une réclamation auprès de la CNIL.', 'CNIL'],
      ['channel.form', 'Contactez-nous via le formulaire de contact.', 'formulaire'],
      // corpus OpenTermsArchive__france-versions
      ['channel.postal', 'par courrier à l’adresse suivante : 22/28 rue Henri Barbusse', 'par courrier à l’adresse'],
      ['channel.postal', 'Médiateur de la consommation FEVAD - BP 20015 - 75362 PARIS CEDEX 8', 'CEDEX'],
    ],
    miss: [
      ['channel.form', 'Pour plus d’informations, contactez-nous.'],
      ['role.external', 'Nous vous répondrons immédiatement.'],
      ['channel.postal', 'Contactez-nous par courrier électronique.'],
    ],
    durations: [
      // corpus OpenTermsArchive__france-versions
      ['dans un délai de 10 jours ouvrés à compter de la demande', [[10, 'businessDay']]],
      ['Réponse sous 48h.', [[48, 'hour']]],
      ['dans un délai de deux mois', [[2, 'month']]],
      ['trente jours calendaires', [[30, 'day']]],
    ],
    levels: [
      ['support de niveau 2', [2]],
      ['réclamation de second niveau', [2]],
    ],
  },
  {
    tag: 'de',
    match: [
      ['privacy', 'Wir verarbeiten personenbezogene Daten nach der Datenschutz-Grundverordnung.', 'personenbezogene Daten'],
      ['privacyPolicy', 'Bitte lesen Sie unsere Datenschutzerklärung.', 'Datenschutzerklärung'],
      ['complaint', 'Kundenbeschwerden werden schnell bearbeitet.', 'beschwerde'],
      ['complaint', 'Reklamationen richten Sie bitte an den Kundenservice.', 'Reklamation'],
      ['escalation', 'Falls Sie mit unserer Antwort nicht zufrieden sind, eskalieren wir den Fall.', 'nicht zufrieden'],
      ['role.agent', 'Unser Kundenservice hilft Ihnen gern.', 'Kundenservice'],
      ['role.teamLead', 'Der Teamleiter prüft Ihre Beschwerde.', 'Teamleiter'],
      ['role.manager', 'Die Leiterin des Kundenservice meldet sich.', 'Leiterin des Kundenservice'],
      ['role.director', 'Der Abteilungsleiter entscheidet.', 'Abteilungsleiter'],
      ['role.executive', 'Die Geschäftsführung entscheidet abschließend.', 'Geschäftsführ'],
      // corpus OpenTermsArchive (de)
      ['role.external', 'Wir sind nicht verpflichtet, an Streitbeilegungsverfahren vor einer Verbraucherschlichtungsstelle teilzunehmen.'],
      ['role.external', 'Zuständig ist das Amtsgericht München.', 'gericht'],
      ['channel.form', 'Nutzen Sie unser Kontaktformular.', 'formular'],
      ['channel.postal', 'Senden Sie uns Ihre Beschwerde per Post an unsere Postanschrift.', 'per Post'],
    ],
    miss: [
      ['role.external', 'Die Anfrage ist an uns gerichtet und gut ausgerichtet.'],
      ['channel.form', 'Die Formulierung ist unklar.'],
      ['escalation', 'Wir sind sehr zufrieden.'],
    ],
    durations: [
      // corpus OpenTermsArchive (de)
      ['Kündigungen werden innerhalb von 5 Werktagen bestätigt.', [[5, 'businessDay']]],
      ['binnen zwei Werktagen zur Kenntnis', [[2, 'businessDay']]],
      ['innerhalb von 24 Stunden', [[24, 'hour']]],
      ['innerhalb von 14 Tagen', [[14, 'day']]],
      ['innerhalb einer Woche', [[1, 'week']]],
    ],
    levels: [
      ['Stufe 2 des Verfahrens', [2]],
      ['die zweite Stufe', [2]],
      ['die 2. Stufe', [2]],
      // the English file reads "second level"
      ['unser Second-Level-Support', [2]],
    ],
  },
  {
    tag: 'pt',
    match: [
      ['privacy', 'Tratamos dados pessoais de acordo com a LGPD.', 'dados pessoais'],
      ['privacyPolicy', 'Leia o nosso Aviso de Privacidade.', 'Aviso de Privacidade'],
      ['complaint', 'Pode apresentar uma reclamação no Livro de Reclamações.', 'reclamação'],
      ['escalation', 'Caso não fique satisfeito com a resposta, contacte a Ouvidoria.', 'Caso não fique satisfeit'],
      ['role.agent', 'Um atendente do SAC irá responder.', 'atendente'],
      ['role.teamLead', 'O supervisor analisará o seu pedido.', 'supervisor'],
      ['role.manager', 'O gerente da loja entrará em contato.', 'gerente'],
      ['role.director', 'A diretora comercial decidirá.', 'diretor'],
      ['role.executive', 'O Conselho de Administração aprova a política.', 'Conselho de Administração'],
      ['role.external', 'Registre uma reclamação no Procon ou no consumidor.gov.br.', 'Procon'],
      ['role.external', 'Caso não fique satisfeito com a resposta, contacte a Ouvidoria.', 'Ouvidoria'],
      ['channel.form', 'Preencha o formulário de contacto.', 'formulário'],
      ['channel.postal', 'Envie uma carta registada para o nosso endereço postal.', 'carta registada'],
    ],
    miss: [
      ['channel.postal', 'Envie-nos uma mensagem por correio eletrónico.'],
      ['channel.form', 'Para mais informações, ligue-nos.'],
      ['channel.form', 'O produto, também chamado de kit, é vendido à parte.'],
    ],
    durations: [
      ['no prazo de 10 dias úteis', [[10, 'businessDay']]],
      ['no prazo de 14 dias', [[14, 'day']]],
      ['em até 48 horas', [[48, 'hour']]],
      ['dois meses', [[2, 'month']]],
    ],
    levels: [
      ['suporte de nível 2', [2]],
      ['segundo nível', [2]],
      ['2º nível', [2]],
    ],
  },
  {
    tag: 'ja',
    match: [
      ['privacy', '当社はお客様の個人情報を適切に管理します。', '個人情報'],
      ['privacyPolicy', '詳しくはプライバシーポリシーをご覧ください。', 'プライバシーポリシー'],
      // corpus kyama0__gitlab-handbook-ja/content/handbook/legal/legacy/privacy-statement.md
      ['complaint', 'お客様の管轄区域の権限ある監督機関に苦情を申し立てる権利があります。', '苦情'],
      // corpus kyama0__gitlab-handbook-ja/.../feedbacks_and_complaints.md
      ['escalation', 'バグに関するフィードバックや苦情については、適切なエスカレーション手順に従い', 'エスカレーション'],
      ['escalation', '回答にご納得いただけない場合は、上長に引き継ぎます。', 'ご納得いただけない場合'],
      ['role.agent', '担当者よりご連絡いたします。', '担当者'],
      ['role.teamLead', 'スーパーバイザーが対応します。', 'スーパーバイザー'],
      // corpus kyama0__gitlab-handbook-ja/.../escalations-support_manager.md
      ['role.manager', '電話を提案する前にサポートマネージャーに連絡することを推奨します。', 'マネージャー'],
      ['role.director', '部長が最終判断を行います。', '部長'],
      ['role.executive', '代表取締役社長が承認します。', '代表取締役'],
      ['role.external', 'お客様の管轄区域の権限ある監督機関に苦情を申し立てる権利があります。', '監督機関'],
      ['role.external', '最寄りの消費生活センターにご相談ください。', '消費生活センター'],
      ['channel.form', 'お問い合わせフォームからご連絡ください。', 'お問い合わせフォーム'],
      // corpus mozilla__legal-docs/ja
      ['channel.postal', '以下の住所に郵送してください。', '郵送'],
    ],
    miss: [
      ['channel.form', '開発プラットフォームを提供します。'],
      ['tier', 'オンラインで受け付けます。'],
      ['escalation', 'ソフトウェアをアップグレードしてください。'],
    ],
    durations: [
      ['5営業日以内に回答します。', [[5, 'businessDay']]],
      ['24時間以内にご連絡します。', [[24, 'hour']]],
      ['３日以内', [[3, 'day']]],
      ['十日以内に返金します。', [[10, 'day']]],
      ['1か月後', [[1, 'month']]],
      ['２週間', [[2, 'week']]],
      // a date is not a duration
      ['2024年1月5日に改定しました。', []],
    ],
    levels: [
      ['レベル2のサポート', [2]],
      ['第2段階', [2]],
      ['二次対応チーム', [2]],
    ],
  },
  {
    tag: 'zh',
    match: [
      // corpus mozilla__legal-docs/zh-CN
      ['privacy', '我们使用您的个人数据的方式', '个人数据'],
      ['privacy', '我們重視您的隱私。', '隱私'],
      ['privacyPolicy', '在本隐私声明中', '隐私声明'],
      ['privacyPolicy', '請參閱我們的隱私權政策。', '隱私權政策'],
      // corpus mozilla__legal-docs/zh-CN/firefox_privacy_notice.md
      ['complaint', '如果您对我们的数据处理方式存在疑虑，可向相关数据保护机构投诉。', '投诉'],
      ['escalation', '如您对处理结果不满意，可申请投诉升级。', '处理结果不满意'],
      ['escalation', '如您不滿意，我們將逐級上報。', '如您不滿意'],
      ['role.agent', '客服人员将在24小时内联系您。', '客服人员'],
      ['role.teamLead', '组长会复核您的投诉。', '组长'],
      ['role.manager', '客服经理将跟进处理。', '客服经理'],
      ['role.director', '部门负责人将作出答复。', '部门负责人'],
      ['role.executive', '总经理将作出最终决定。', '总经理'],
      ['role.external', '您可以拨打12315向市场监督管理部门投诉。', '12315'],
      ['role.external', '可向相关数据保护机构投诉。', '数据保护机构'],
      ['channel.form', '请通过联系表单提交。', '联系表单'],
      ['channel.form', '请在帮助中心提交工单。', '工单'],
      // corpus mozilla__legal-docs/zh-CN
      ['channel.postal', '或邮寄至：', '邮寄'],
    ],
    miss: [
      ['escalation', '请将软件升级到最新版本。'],
      // corpus mozilla__legal-docs/zh-CN
      ['escalation', '推动业务的改进升级'],
      ['role.teamLead', '请联系当地主管部门。'],
    ],
    durations: [
      ['我们将在5个工作日内答复。', [[5, 'businessDay']]],
      ['48小时内', [[48, 'hour']]],
      ['七天内退款', [[7, 'day']]],
      ['30日内', [[30, 'day']]],
      ['3个月', [[3, 'month']]],
      ['两周', [[2, 'week']]],
      ['7個工作天', [[7, 'businessDay']]],
      // a date is not a duration
      ['本政策于2024年5月1日更新。', []],
    ],
    levels: [
      ['二线支持', [2]],
      ['第二阶段', [2]],
      ['一级客服', [1]],
    ],
  },
  {
    tag: 'ar',
    match: [
      ['privacy', 'نحن نحترم خصوصيتك ونحمي بياناتك الشخصية.', 'خصوصي'],
      ['privacyPolicy', 'يرجى قراءة سياسة الخصوصية الخاصة بنا.', 'سياسة الخصوصي'],
      // corpus github__opensource.guide/_articles/ar/code-of-conduct.md
      ['complaint', 'كما يمنح أفراد مجتمعك شعورًا بالثقة بأن أي شكوى يتم أخذها بعين الاعتبار فعلًا.', 'شكوى'],
      ['complaint', 'ستراجَع جميع الشكاوى والتحقيق فيها بسرعة وبشكل عادل.'],
      ['escalation', 'إذا لم تكن راضياً عن الرد، يمكنك طلب تصعيد الشكوى.', 'لم تكن راضي'],
      ['role.agent', 'سيتواصل معك ممثل خدمة العملاء.', 'ممثل خدمة'],
      ['role.teamLead', 'يقوم المشرف بمراجعة الشكوى.', 'مشرف'],
      ['role.manager', 'تحال الشكوى إلى مدير الفرع.', 'مدير'],
      ['role.director', 'ثم تحال إلى رئيس القسم.', 'رئيس القسم'],
      ['role.executive', 'يتخذ الرئيس التنفيذي القرار النهائي.', 'الرئيس التنفيذي'],
      ['role.external', 'يحق لك اللجوء إلى جهاز حماية المستهلك.', 'حماية المستهلك'],
      ['channel.form', 'يرجى تعبئة نموذج الاتصال على موقعنا.', 'نموذج الاتصال'],
      ['channel.postal', 'أرسل شكواك بالبريد المسجل إلى عنواننا.', 'بريد المسجل'],
    ],
    miss: [
      ['channel.postal', 'راسلنا عبر البريد الإلكتروني.'],
      ['channel.form', 'نموذج الأعمال الخاص بنا ناجح.'],
      ['role.external', 'بعد انقضاء المدة المحددة.'],
      ['role.agent', 'يلزم التوكيل الرسمي.'],
    ],
    durations: [
      ['نرد خلال ٥ أيام عمل.', [[5, 'businessDay']]],
      ['خلال 24 ساعة', [[24, 'hour']]],
      ['خلال 30 يوماً', [[30, 'day']]],
      ['خلال ثلاثة أشهر', [[3, 'month']]],
    ],
    levels: [
      ['الدعم في المستوى الثاني', [2]],
      ['المستوى 2', [2]],
    ],
  },
  {
    tag: 'hi',
    match: [
      ['privacy', 'हम आपकी व्यक्तिगत जानकारी की रक्षा करते हैं।', 'व्यक्तिगत जानकारी'],
      ['privacyPolicy', 'कृपया हमारी गोपनीयता नीति पढ़ें।', 'गोपनीयता नीति'],
      // corpus github__opensource.guide/_articles/hi/code-of-conduct.md
      ['complaint', 'आपका समुदाय अधिक आश्वस्त महसूस करेगा कि शिकायतों की वास्तव में समीक्षा की जाती है।', 'शिकायत'],
      ['escalation', 'यदि आप हमारे उत्तर से संतुष्ट नहीं हैं, तो आप शिकायत अधिकारी से संपर्क कर सकते हैं।', 'संतुष्ट नहीं'],
      ['role.agent', 'हमारा ग्राहक सेवा प्रतिनिधि आपसे संपर्क करेगा।', 'ग्राहक सेवा'],
      ['role.teamLead', 'टीम लीडर आपकी शिकायत की समीक्षा करेगा।', 'टीम लीडर'],
      ['role.manager', 'यदि आप संतुष्ट नहीं हैं, तो शिकायत अधिकारी से संपर्क करें।', 'शिकायत अधिकारी'],
      ['role.director', 'अंतिम निर्णय विभाग प्रमुख लेंगे।', 'विभाग प्रमुख'],
      ['role.executive', 'मुख्य कार्यकारी अधिकारी अंतिम निर्णय लेंगे।', 'मुख्य कार्यकारी अधिकारी'],
      ['role.external', 'आप बैंकिंग लोकपाल से संपर्क कर सकते हैं।', 'बैंकिंग लोकपाल'],
      ['channel.form', 'हमारी वेबसाइट पर संपर्क फ़ॉर्म भरें।', 'संपर्क फ़ॉर्म'],
      ['channel.form', 'हमारी वेबसाइट पर संपर्क फॉर्म भरें।', 'संपर्क फॉर्म'],
      ['channel.postal', 'अपनी शिकायत डाक द्वारा हमारे पंजीकृत कार्यालय को भेजें।', 'डाक द्वारा'],
    ],
    miss: [
      ['channel.postal', 'हमें ईमेल द्वारा लिखें।'],
      ['escalation', 'हमें अपने संतुष्ट ग्राहकों पर गर्व है।'],
      ['channel.form', 'यह जानकारी सुरक्षित है।'],
    ],
    durations: [
      ['५ कार्य दिवसों के भीतर उत्तर दिया जाएगा।', [[5, 'businessDay']]],
      ['24 घंटे के भीतर', [[24, 'hour']]],
      ['तीस दिनों के भीतर', [[30, 'day']]],
      ['दो सप्ताह में', [[2, 'week']]],
      // दिनांक = date, not दिन = day
      ['5 दिनांक', []],
    ],
    levels: [
      ['स्तर 2 सहायता', [2]],
      ['दूसरे स्तर पर', [2]],
    ],
  },
  {
    tag: 'pl',
    match: [
      ['privacy', 'Przetwarzamy dane osobowe zgodnie z RODO.', 'dane osobowe'],
      ['privacyPolicy', 'Zapoznaj się z naszą Polityką prywatności.', 'Polityką prywatności'],
      // corpus mozilla__legal-docs/pl/firefox_privacy_notice.md (title)
      ['privacyPolicy', 'Zasady prywatności przeglądarki Firefox', 'Zasady prywatności'],
      // corpus OpenTermsArchive__p2b-compliance-versions/OTOMOTO/Commercial Terms.md
      ['complaint', 'Reklamacje będą rozpatrywane niezwłocznie, jednak nie później niż w ciągu 30 dni roboczych.', 'Reklamacj'],
      ['complaint', '12. Skarga i mediacja', 'Skarga'],
      // corpus mozilla__legal-docs/pl/content_moderation_practices.md
      ['complaint', 'W większości przypadków zapewnimy zgłaszającemu możliwość złożenia odwołania.', 'odwołania'],
      ['escalation', 'Jeśli nie zgadzasz się z wynikiem naszego wewnętrznego procesu odwoławczego i mieszkasz w UE, możesz zgłosić swoje wątpliwości do certyfikowanego pozasądowego organu rozstrzygania sporów.', 'nie zgadzasz się z wynikiem'],
      ['escalation', 'Jeśli nie jesteś zadowolony z odpowiedzi, sprawa trafi do kierownika działu.', 'nie jesteś zadowolon'],
      ['role.agent', 'Konsultant Biura Obsługi Klienta odpowie w ciągu doby.', 'Konsultant'],
      ['role.teamLead', 'Sprawę ponownie rozpatrzy kierownik zespołu.', 'kierownik zespołu'],
      ['role.manager', 'Reklamację rozpatruje dział reklamacji.', 'dział reklamacji'],
      ['role.director', 'Ostateczną decyzję podejmuje dyrektor ds. obsługi klienta.', 'dyrektor'],
      ['role.executive', 'Odwołanie od decyzji rozpatruje Zarząd Spółki.', 'Zarząd'],
      ['role.external', 'Konsument może zwrócić się do miejskiego rzecznika konsumentów.', 'rzecznika konsumentów'],
      ['role.external', 'Użytkownik ma prawo wnieść skargę do Prezesa Urzędu Ochrony Danych Osobowych.', 'Prezesa Urzędu Ochrony Danych Osobowych'],
      // corpus OTOMOTO
      ['role.external', 'Dealer ma możliwość wnioskowania o skorzystanie z mediacji celem rozwiązania sporów.', 'mediacji'],
      // corpus OpenTermsArchive__p2b-compliance-versions/Sir Local/Commercial Terms.md
      ['channel.form', 'Reklamację można złożyć w formie pisemnej, poprzez Formularz Kontaktowy.', 'Formularz'],
      // corpus OTOMOTO
      ['channel.postal', 'lub listem poleconym na adres Grupy OLX z dopiskiem "Serwis OtoMoto.pl".', 'listem poleconym'],
    ],
    miss: [
      // reklama = advertisement
      ['complaint', 'Nasza nowa reklama pojawi się w telewizji.'],
      ['complaint', 'Umowa zostanie sporządzona na piśmie.'],
      // corpus mozilla__legal-docs/pl/subscription_services_privacy_notice.md: odwołań = referrals
      ['complaint', 'Możemy otrzymać adres IP użytkownika, a także dane kampanii i dane odwołań.'],
      // corpus OTOMOTO: w mediach = in the media
      ['role.external', 'Zdjęcia mogą być publikowane w mediach społecznościowych.'],
      ['role.external', 'Jak sądzisz, czy to dobry pomysł?'],
      ['channel.postal', 'Odpowiedź wyślemy pocztą elektroniczną.'],
      // corpus mozilla__legal-docs/pl/report_infringement.md: the copyright owner
      ['role.executive', 'Oświadczenie właściciela praw autorskich.'],
    ],
    durations: [
      // corpus OTOMOTO
      ['nie później niż w ciągu 30 dni roboczych licząc od dnia otrzymania', [[30, 'businessDay']]],
      // corpus Sir Local
      ['Sir Local rozpatruje reklamacje w terminie 14 dni, licząc od dnia jej wniesienia.', [[14, 'day']]],
      ['Odpowiemy w ciągu czternastu dni.', [[14, 'day']]],
      ['w ciągu 24 godzin', [[24, 'hour']]],
      ['w terminie dwóch tygodni', [[2, 'week']]],
      ['na okres do 6 miesięcy', [[6, 'month']]],
      // a date, not a duration (corpus OTOMOTO)
      ['pojazd wyprodukowany po 1981 roku', []],
    ],
    levels: [
      ['drugi poziom wsparcia', [2]],
      ['druga linia wsparcia', [2]],
      ['poziom 3', [3]],
    ],
  },
  {
    tag: 'cs',
    match: [
      ['privacy', 'Zpracováváme vaše osobní údaje v souladu s GDPR.', 'osobní údaj'],
      // corpus letsencrypt__website/content/cs/privacy.md (title)
      ['privacyPolicy', "Zásady ochrany osobních údajů společnosti Let's Encrypt", 'Zásady ochrany osobních údajů'],
      // corpus mozilla__legal-docs/cs/mozilla_accounts_privacy_notice.md (title)
      ['privacyPolicy', 'Oznámení o ochraně osobních údajů účtů Mozilla', 'Oznámení o ochraně osobních údajů'],
      // corpus OpenTermsArchive__p2b-compliance-versions/Sreality.cz/Ad Publishing Policy.md
      ['complaint', 'Na vyřešení reklamace máme 30 kalendářních dnů ode dne doručení reklamace.', 'reklamac'],
      // corpus OpenTermsArchive__p2b-compliance-versions/Dame jidlo/Terms of Service.md
      ['complaint', 'Podnik má právo u Provozovatele podat stížnost.', 'stížnost'],
      // corpus mozilla__legal-docs/cs/content_moderation_practices.md
      ['complaint', 'Ve většině případů poskytneme nahlašovateli příležitost k podání odvolání.', 'podání odvolání'],
      ['escalation', 'Pokud s výsledkem našeho interního odvolacího procesu nebudete souhlasit a pokud sídlíte v EU, své obavy můžete předložit certifikovanému orgánu pro mimosoudní řešení sporů.', 'nebudete souhlasit'],
      ['escalation', 'Pokud nejste spokojeni s vyřízením reklamace, kontaktujte vedoucího oddělení.', 'nejste spokojen'],
      ['role.agent', 'Kontaktujte naši zákaznickou podporu.', 'zákaznickou podporu'],
      ['role.teamLead', 'Stížnost znovu posoudí vedoucí týmu.', 'vedoucí týmu'],
      ['role.manager', 'Stížnost předáme manažerovi prodejny.', 'manažer'],
      ['role.director', 'O odvolání rozhodne ředitel divize.', 'ředitel'],
      ['role.executive', 'Konečné rozhodnutí přijímá jednatel společnosti.', 'jednatel'],
      ['role.external', 'Spotřebitel se může obrátit na Českou obchodní inspekci.', 'Českou obchodní inspekci'],
      // corpus Dame jidlo
      ['role.external', 'se smluvní strany mohou obrátit na mediátorku zapsanou v seznamu mediátorů', 'mediátor'],
      ['channel.form', 'Vyplňte kontaktní formulář na našem webu.', 'kontaktní formulář'],
      // corpus mozilla__legal-docs/cs/firefox_privacy_notice.md
      ['channel.postal', 'nebo poštou na adrese: Mozilla Corporation', 'poštou na adrese'],
      // corpus Sreality.cz
      ['channel.postal', 'písemně na adresu sídla společnosti Seznam.cz', 'písemně'],
    ],
    miss: [
      ['complaint', 'Reklama se zobrazí ve výsledcích vyhledávání.'],
      // odvolání souhlasu = withdrawal of consent, not an appeal
      ['complaint', 'Máte právo na odvolání souhlasu se zpracováním.'],
      ['complaint', 'Pravidelně sportujeme a spoříme.'],
      ['channel.postal', 'Napište nám elektronickou poštou.'],
      ['role.external', 'Sledujeme soudobé trendy.'],
      // doporučené = recommended, písemné = written (they fold to doporučeně, písemně)
      ['channel.postal', 'Použijte doporučené nastavení a písemné pokyny.'],
      // chata = cottage
      ['channel.form', 'Naše horská chata je otevřena celý rok.'],
    ],
    durations: [
      // corpus Sreality.cz
      ['Na vyřešení reklamace máme 30 kalendářních dnů ode dne doručení reklamace.', [[30, 'day']]],
      // corpus Dame jidlo
      ['nejpozději do 14 dnů od podání stížnosti', [[14, 'day']]],
      ['do 10 pracovních dnů', [[10, 'businessDay']]],
      ['do třiceti dnů', [[30, 'day']]],
      ['do 24 hodin', [[24, 'hour']]],
      ['během dvou týdnů', [[2, 'week']]],
      // a clock time, not a duration
      ['Objednávky přijímáme do 23:59 hod.', []],
    ],
    levels: [
      ['druhá úroveň podpory', [2]],
      ['2. stupeň', [2]],
      ['úroveň 3', [3]],
    ],
  },
  {
    tag: 'ru',
    match: [
      ['privacy', 'Мы защищаем ваши персональные данные.', 'персональные данные'],
      // corpus letsencrypt__website/content/ru/privacy.md (title)
      ['privacyPolicy', 'Политика конфиденциальности', 'Политика конфиденциальности'],
      // corpus mozilla__legal-docs/ru/firefox_privacy_notice.md
      ['privacyPolicy', 'для предоставления услуг, описанных в настоящем Уведомлении о конфиденциальности', 'Уведомлении о конфиденциальности'],
      // corpus letsencrypt__website/content/ru/privacy.md
      ['complaint', 'Подать жалобу регулятору.', 'жалоб'],
      // corpus mozilla__legal-docs/ru/content_moderation_practices.md
      ['complaint', 'В большинстве случаев мы даем заявившему возможность подать апелляцию.', 'апелляци'],
      ['complaint', 'До обращения в суд необходимо соблюсти претензионный порядок.', 'претензионн'],
      // corpus mozilla__legal-docs/ru/content_moderation_practices.md
      ['escalation', 'Если вы не согласны с результатами нашей внутренней апелляционной процедуры и находитесь в ЕС, вы можете обратиться со своим вопросом в сертифицированный орган внесудебного урегулирования споров.', 'Если вы не согласны'],
      ['escalation', 'Если вы не удовлетворены ответом, обращение будет передано руководителю отдела.', 'Если вы не удовлетворены'],
      // ё and е are read alike
      ['escalation', 'Клиент не удовлетворён ответом.', 'не удовлетворён'],
      ['role.agent', 'Обратитесь в службу поддержки.', 'службу поддержки'],
      ['role.teamLead', 'Жалобу рассмотрит руководитель группы.', 'руководитель группы'],
      ['role.manager', 'Ваше обращение будет передано менеджеру.', 'менеджер'],
      ['role.director', 'Окончательное решение принимает начальник отдела.', 'начальник отдела'],
      ['role.executive', 'Жалобу можно направить генеральному директору.', 'генеральному директору'],
      // corpus letsencrypt__website/content/ru/privacy.md
      ['role.external', 'вы имеете право подать жалобу в местный надзорный орган.', 'надзорный орган'],
      ['role.external', 'Спор подлежит рассмотрению в суде по месту нахождения ответчика.', 'суде'],
      ['channel.form', 'Воспользуйтесь формой обратной связи на сайте.', 'формой обратной связи'],
      ['channel.postal', 'Претензию можно направить заказным письмом по юридическому адресу.', 'заказным письмом'],
    ],
    miss: [
      ['role.external', 'Это дело всей его судьбы.'],
      ['complaint', 'Мы поддерживаем спорт и здоровый образ жизни.'],
      ['complaint', 'Пожалуйста, свяжитесь с нами.'],
      ['channel.postal', 'Напишите нам по электронной почте.'],
      // in Russian privacy policies the "оператор" is the data controller
      ['role.agent', 'Оператор обрабатывает персональные данные пользователей.'],
      // corpus mozilla__legal-docs/ru/firefox_privacy_notice.md: a network proxy
      ['role.external', 'сетевой трафик Firefox перенаправляется через посредника'],
    ],
    durations: [
      // corpus mozilla__legal-docs/ru/report_infringement.md
      ['Если в течение 10 рабочих дней мы не получим уведомление', [[10, 'businessDay']]],
      ['в течение тридцати дней', [[30, 'day']]],
      ['в течение 24 часов', [[24, 'hour']]],
      ['в течение двух недель', [[2, 'week']]],
      ['на срок до 6 месяцев', [[6, 'month']]],
      ['в течение трёх рабочих дней', [[3, 'businessDay']]],
      // a legal citation (part 1 of article 6), not hours
      ['согласно п. 2 ч. 1 ст. 6 Закона о персональных данных', []],
    ],
    levels: [
      ['вторая линия поддержки', [2]],
      ['второй уровень', [2]],
      ['уровень 3', [3]],
      ['2-й уровень', [2]],
    ],
  },
  {
    tag: 'it',
    match: [
      ['privacy', 'Trattiamo i dati personali nel rispetto del GDPR.', 'dati personali'],
      // corpus mozilla__legal-docs/it/firefox_privacy_notice.md (title)
      ['privacyPolicy', 'Informativa sulla privacy di Firefox', 'Informativa sulla privacy'],
      // corpus mozilla__legal-docs/it/firefox_privacy_notice.md
      ['complaint', "Presentare un reclamo all'autorità competente per la protezione dei dati", 'reclamo'],
      // corpus mozilla__legal-docs/it/content_moderation_practices.md
      ['complaint', 'Accettiamo due tipi di ricorsi riguardanti la moderazione.', 'ricorsi'],
      ['escalation', "Se l'utente non è d'accordo con l'esito del nostro processo di ricorso interno e risiede nell'UE, può rivolgersi a un organismo certificato.", "non è d'accordo con l'esito"],
      ['escalation', 'Qualora non fosse soddisfatto della risposta, può rivolgersi al responsabile reclami.', 'non fosse soddisfatt'],
      ['role.agent', 'Un operatore del servizio clienti la ricontatterà.', 'operatore'],
      ['role.teamLead', 'Il reclamo passa al coordinatore del team.', 'coordinator'],
      ['role.manager', 'Il responsabile reclami esamina ogni pratica.', 'responsabile reclami'],
      ['role.director', 'La decisione finale spetta al direttore commerciale.', 'direttor'],
      ['role.executive', "L'amministratore delegato decide in ultima istanza.", 'amministratore delegato'],
      ['role.external', 'Può presentare reclamo al Garante per la protezione dei dati personali.', 'Garante per la protezione dei dati'],
      // corpus OpenTermsArchive__p2b-compliance-versions/GoPillar/Terms of Service.md
      ['role.external', 'Il Tribunale di Milano, in Italia, avrà giurisdizione e competenza territoriale esclusiva.', 'Tribunale'],
      // corpus mozilla__legal-docs/it/report_infringement.md
      ['channel.form', 'Compila il modulo di contatto sul nostro sito.', 'modulo di contatto'],
      ['channel.postal', 'Inviare una raccomandata A/R alla sede legale.', 'raccomandata A/R'],
    ],
    miss: [
      // réclame = advertisement
      ['complaint', 'La réclame del prodotto va in onda stasera.'],
      ['complaint', 'Un algoritmo ricorsivo calcola il risultato.'],
      // corpus github__opensource.guide/_articles/it/code-of-conduct.md
      ['role.external', 'Un codice di condotta non è una legge applicata arbitrariamente. Tu sei il garante del codice di condotta.'],
      ['channel.postal', 'Scrivici per posta elettronica.'],
      ['channel.form', 'Il design modulare del prodotto.'],
      // the data controller, in every Italian privacy notice
      ['role.executive', 'Il titolare del trattamento è Mozilla Corporation.'],
    ],
    durations: [
      // corpus mozilla__legal-docs/it/firefox_privacy_notice.md
      ["l'eliminazione avverrà entro 30 giorni dalla richiesta", [[30, 'day']]],
      ['entro cinque giorni lavorativi', [[5, 'businessDay']]],
      ['entro 48 ore', [[48, 'hour']]],
      ['per un massimo di 6 mesi', [[6, 'month']]],
      ['entro due settimane', [[2, 'week']]],
    ],
    levels: [
      ['assistenza di secondo livello', [2]],
      ['livello 2', [2]],
      ['supporto di 2° livello', [2]],
    ],
  },
  {
    tag: 'nl',
    match: [
      ['privacy', 'Wij verwerken uw persoonsgegevens volgens de AVG.', 'persoonsgegevens'],
      // corpus mozilla__legal-docs/nl/firefox_privacy_notice.md (title)
      ['privacyPolicy', 'Firefox-privacyverklaring', 'privacyverklaring'],
      ['privacyPolicy', 'Lees ons privacybeleid.', 'privacybeleid'],
      // corpus OpenTermsArchive__p2b-compliance-versions/bol.com/Marketplace Sellers Conditions.md
      ['complaint', 'Binnen een termijn van zeven werkdagen na ontvangst van de klacht neemt een medewerker contact op.', 'klacht'],
      // corpus mozilla__legal-docs/nl/content_moderation_practices.md
      ['complaint', 'In de meeste gevallen krijgt de melder de gelegenheid om in beroep te gaan.', 'in beroep'],
      // corpus bol.com
      ['escalation', 'Indien de Zakelijke Verkoper niet tevreden is met de manier waarop bol.com haar diensten uitvoert', 'niet tevreden'],
      // corpus mozilla__legal-docs/nl/content_moderation_practices.md
      ['escalation', 'Als u het niet eens bent met de uitkomst van ons interne beroepsproces en u in de EU woont', 'het niet eens bent met'],
      ['role.agent', 'Neem contact op met onze klantenservice.', 'klantenservice'],
      ['role.teamLead', 'Uw klacht wordt doorgestuurd naar de teamleider.', 'teamleider'],
      // corpus bol.com
      ['role.manager', 'De Klachtencommissie bestaat uit minimaal drie medewerkers van bol.com.', 'Klachtencommissie'],
      ['role.director', 'De directeur klantenservice neemt een besluit.', 'directeur'],
      ['role.executive', 'De raad van bestuur beslist in laatste instantie.', 'raad van bestuur'],
      // corpus OpenTermsArchive__p2b-compliance-versions/Tweakers/Marketplace Sellers Conditions.md
      ['role.external', 'zal dit geschil worden voorgelegd aan de Stichting Geschillencommissies Consumentenzaken', 'Stichting Geschillencommissies Consumentenzaken'],
      ['role.external', 'U kunt een klacht indienen bij de Autoriteit Persoonsgegevens.', 'Autoriteit Persoonsgegevens'],
      ['channel.form', 'Vul het contactformulier in.', 'contactformulier'],
      ['channel.postal', 'Stuur uw opzegging per aangetekende brief.', 'aangetekende brief'],
    ],
    miss: [
      // corpus Tweakers: beroep = profession
      ['complaint', 'Consumenten die niet in de uitoefening van hun beroep of bedrijf actief zijn.'],
      ['complaint', 'Het huis is net geschilderd.'],
      ['complaint', 'Bekijk onze nieuwe reclame.'],
      ['channel.postal', 'Daarvoor is voorafgaande schriftelijke toestemming nodig.'],
      ['escalation', 'Wij zijn zeer tevreden.'],
      // corpus mozilla__legal-docs/nl/report_infringement.md: the copyright owner
      ['role.executive', 'de eigenaar van het auteursrecht'],
    ],
    durations: [
      // corpus bol.com
      ['Zo snel mogelijk, maar binnen 14 dagen vanaf de dag volgend op de melding', [[14, 'day']]],
      // corpus Tweakers
      ['uiterlijk binnen vijftien (15) werkdagen na het ontstaan ervan', [[15, 'businessDay']]],
      ['binnen 24 uur', [[24, 'hour']]],
      ['binnen een week', [[1, 'week']]],
      ['binnen twee maanden', [[2, 'month']]],
    ],
    levels: [
      ['de tweede lijn', [2]],
      ['niveau 2', [2]],
      ['de 2e lijn', [2]],
    ],
  },
  {
    tag: 'hu',
    match: [
      ['privacy', 'Kezeljük az Ön személyes adatait.', 'személyes adat'],
      // corpus mozilla__legal-docs/hu/firefox_privacy_notice.md (title)
      ['privacyPolicy', 'A Firefox adatvédelmi nyilatkozata', 'adatvédelmi nyilatkozat'],
      ['privacyPolicy', 'Olvassa el adatkezelési tájékoztatónkat.', 'adatkezelési tájékoztató'],
      // corpus OpenTermsArchive__p2b-compliance-versions/Hasznaltauto/Terms of Service.md
      ['complaint', 'Üzemeltető a Szolgáltatásokkal kapcsolatos panaszokat elsődlegesen e-mailben fogadja.', 'panasz'],
      ['complaint', 'Kereskedő Felhasználó jogosult panasszal élni a felmondás ellen.', 'panassz'],
      // corpus mozilla__legal-docs/hu/content_moderation_practices.md
      ['complaint', 'Ha nem ért egyet a belső fellebbezési eljárásunk eredményével', 'fellebbez'],
      ['escalation', 'Ha nem ért egyet a belső fellebbezési eljárásunk eredményével', 'nem ért egyet'],
      // corpus Hasznaltauto
      ['escalation', 'Ha a Felhasználó a Társaság döntését nem tartja kielégítőnek a panaszával kapcsolatban', 'nem tartja kielégítőnek'],
      ['role.agent', 'Üzemeltető ügyfélszolgálata a panaszokat az alábbi elérhetőségeken fogadja.', 'ügyfélszolgálat'],
      ['role.teamLead', 'A panaszt a csoportvezető vizsgálja felül.', 'csoportvezető'],
      ['role.manager', 'Az ügyet az üzletvezető bírálja el.', 'üzletvezető'],
      ['role.director', 'A végső döntést az igazgató hozza meg.', 'igazgató'],
      ['role.executive', 'A vezérigazgató dönt a fellebbezésről.', 'vezérigazgató'],
      // corpus Hasznaltauto
      ['role.external', 'a fogyasztó lakóhelye vagy tartózkodási helye szerinti illetékes békéltető testülethez fordulhat', 'békéltető'],
      ['role.external', 'Panaszt tehet a Nemzeti Adatvédelmi és Információszabadság Hatóságnál.', 'Nemzeti Adatvédelmi és Információszabadság Hatóság'],
      ['channel.form', 'Töltse ki a kapcsolatfelvételi űrlapot.', 'kapcsolatfelvételi űrlap'],
      ['channel.postal', 'Panaszát postai úton is elküldheti.', 'postai út'],
      // corpus Hasznaltauto
      ['channel.postal', '4. Székhelyének postai címe', 'Székhely'],
    ],
    miss: [
      ['complaint', 'A vitamin fontos az egészséghez.'],
      ['complaint', 'Új reklámkampányt indítunk.'],
      ['channel.postal', 'Írjon nekünk elektronikus levélben.'],
      ['escalation', 'Ügyfeleink elégedettek a szolgáltatással.'],
      // corpus Hasznaltauto: the chair of the media authority is not the company's executive
      ['role.executive', 'a Nemzeti Média- és Hírközlési Hatóság (NMHH) elnöke által vezetett nyilvántartás'],
    ],
    durations: [
      // corpus Hasznaltauto
      ['Az e-mailben küldött panaszt Üzemeltető annak beérkezését követő harminc napon belül érdemben megválaszolja.', [[30, 'day']]],
      ['kézhezvételétől számított 3 munkanapon belül', [[3, 'businessDay']]],
      ['a döntéssel szemben annak kézhezvételét követő 6 hónapon belül', [[6, 'month']]],
      ['24 órán belül', [[24, 'hour']]],
      ['két héten belül', [[2, 'week']]],
      ['hét napon belül', [[7, 'day']]],
      // naptári = calendar (not a day)
      ['egy naptári éven belül', [[1, 'year']]],
    ],
    levels: [
      ['második szintű támogatás', [2]],
      ['2. szint', [2]],
      // szintén = also
      ['Szintén 30 napon belül válaszolunk.', []],
      ['magas szintű hatósági ellenőrzés', []],
    ],
  },
  {
    tag: 'id',
    match: [
      ['privacy', 'Kami melindungi data pribadi Anda.', 'data pribadi'],
      // corpus mozilla__legal-docs/id/firefox_privacy_notice.md (title)
      ['privacyPolicy', 'Pemberitahuan Privasi Firefox', 'Pemberitahuan Privasi'],
      ['privacyPolicy', 'Baca Kebijakan Privasi kami.', 'Kebijakan Privasi'],
      // corpus EthicalSource__contributor_covenant/content/version/2/1/code_of_conduct.id.md
      ['complaint', 'Semua keluhan akan ditinjau dan diselidiki secara tepat dan adil.', 'keluhan'],
      // corpus mozilla__legal-docs/id/content_moderation_practices.md
      ['complaint', 'kami akan memberikan kesempatan kepada pengguna untuk mengajukan banding.', 'mengajukan banding'],
      ['complaint', 'Pengaduan dapat disampaikan melalui formulir di situs kami.', 'Pengaduan'],
      // corpus mozilla__legal-docs/id/content_moderation_practices.md
      ['escalation', 'Jika Anda tidak setuju dengan hasil proses banding internal kami dan berdomisili di UE', 'tidak setuju dengan hasil'],
      ['escalation', 'Jika Anda tidak puas dengan tanggapan kami, keluhan akan diteruskan ke manajer.', 'tidak puas'],
      ['role.agent', 'Hubungi layanan pelanggan kami.', 'layanan pelanggan'],
      ['role.teamLead', 'Keluhan Anda akan ditinjau oleh ketua tim.', 'ketua tim'],
      ['role.manager', 'Keluhan akan diteruskan ke manajer layanan.', 'manajer'],
      ['role.director', 'Keputusan akhir diambil oleh direktur operasional.', 'direktur'],
      ['role.executive', 'Direksi memutuskan banding tingkat terakhir.', 'Direksi'],
      // corpus mozilla__legal-docs/id/content_moderation_practices.md
      ['role.external', 'Anda dapat menyampaikan kekhawatiran Anda ke badan penyelesaian sengketa di luar pengadilan yang bersertifikat.', 'badan penyelesaian sengketa'],
      ['role.external', 'Konsumen dapat mengadu ke Otoritas Jasa Keuangan (OJK).', 'Otoritas Jasa Keuangan'],
      // corpus mozilla__legal-docs/id/content_moderation_practices.md
      ['channel.form', 'Silakan isi formulir pengaduan di situs kami.', 'formulir pengaduan'],
      // corpus mozilla__legal-docs/id/firefox_privacy_notice.md
      ['channel.postal', 'Hubungi Petugas Perlindungan Data kami, atau melalui surat di: Mozilla Corporation', 'melalui surat di'],
    ],
    miss: [
      ['complaint', 'Harga ini lebih murah dibandingkan tahun lalu.'],
      ['complaint', 'Bandingkan paket kami.'],
      ['role.agent', 'Lihat agenda rapat.'],
      ['channel.postal', 'Kirim pesan melalui surat elektronik.'],
      ['channel.postal', 'Posisi Anda dalam antrean ditampilkan.'],
      // corpus mozilla__legal-docs/id: the data protection officer
      ['role.agent', 'Hubungi Petugas Perlindungan Data kami.'],
    ],
    durations: [
      // corpus mozilla__legal-docs/id/firefox_privacy_notice.md
      ['Log sistem permintaan DNS dihapus dari layanan dalam waktu 24 jam', [[24, 'hour']]],
      ['dalam waktu 14 hari kerja', [[14, 'businessDay']]],
      ['dalam waktu tiga puluh hari', [[30, 'day']]],
      ['hingga 6 bulan', [[6, 'month']]],
      ['dua minggu', [[2, 'week']]],
    ],
    levels: [
      ['tingkat kedua', [2]],
      ['tingkat 2', [2]],
      ['tahap pertama', [1]],
    ],
  },
];

/** Concepts every language's table must exercise with at least one matching sentence. */
export const KEY_CONCEPTS = ['privacy', 'privacyPolicy', 'complaint', 'escalation', 'channel.form', 'channel.postal', 'role.external'] as const;
export const ROLE_LEVELS = ['role.agent', 'role.teamLead', 'role.manager', 'role.director', 'role.executive'] as const;
