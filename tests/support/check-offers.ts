// Offers written for the check tests (not taken from the dev set): the classic
// overloaded community-manager posting in both languages, and a focused one.

export const OVERLOADED_FR = `Community Manager H/F

Notre agence recrute son ou sa community manager en CDI.

Missions :
- Animer et modérer nos communautés sur Facebook, Instagram et LinkedIn, répondre aux messages des abonnés
- Définir la ligne éditoriale, tenir le calendrier éditorial et publier les contenus sur les réseaux sociaux
- Créer les visuels et les supports print sur Photoshop, Illustrator et InDesign
- Prendre des photos et des vidéos de qualité, les retoucher et assurer le montage vidéo (Premiere Pro, After Effects)
- Assurer l'intégration HTML/CSS des pages du site et le développement PHP sous WordPress

Profil :
- Maîtrise de la suite Adobe et notions en intégration HTML et/ou développement PHP
- Excellente orthographe
`;

export const OVERLOADED_EN = `Community Manager

We are hiring a community manager to join our marketing team.

Responsibilities:
- Engage and moderate our online communities on Facebook, Instagram and LinkedIn, reply to followers
- Own the editorial calendar and publish content on our social media channels
- Design visuals and print materials in Photoshop, Illustrator and InDesign
- Shoot high-quality photos and videos, retouch photos and handle video editing (Premiere Pro, After Effects)
- Build web pages in HTML/CSS and handle PHP development on WordPress

Requirements:
- Strong command of the Adobe suite, and HTML/CSS integration or PHP development skills
`;

export const FOCUSED_FR = `Community Manager H/F

Missions :
- Animer et modérer la communauté sur nos réseaux sociaux
- Répondre aux messages et commentaires des membres
- Organiser des événements avec nos ambassadeurs
`;
