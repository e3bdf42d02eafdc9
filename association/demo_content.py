"""Demo content for the Xiehui association site (pure data, no Django code).

Every bilingual text is a dict with the keys ``en`` and ``zh_hans``. Rich text bodies are
HTML fragments made of ``<p>``, ``<h2>``, ``<ul>`` and ``<li>`` elements. All companies,
addresses, phone numbers and e-mail addresses are invented; domains use ``example.com``.
"""

from __future__ import annotations

SITE_SETTINGS = {
    "site_name": {
        "en": "HuNan Printed Circuit Association of China",
        "zh_hans": "湖南省印制电路行业协会",
    },
    "tagline": {
        "en": "Connecting Hunan's printed circuit and semiconductor industry",
        "zh_hans": "凝聚行业力量，服务湖南电子电路产业",
    },
    "working_hours": {
        "en": "8:30 a.m. to 5:30 p.m., Monday to Friday",
        "zh_hans": "周一至周五 上午8:30至下午5:30",
    },
    "email": "info@hnpca.example.org",
    "address": {
        "en": (
            "Room 1206, Tower B, Xiangjiang Science and Technology Park, 288 Lugu Avenue, Yuelu "
            "District, Changsha, Hunan 410205, China"
        ),
        "zh_hans": "湖南省长沙市岳麓区麓谷大道288号湘江科技园B座1206室（邮编：410205）",
    },
    "copyright": {
        "en": "Copyright © 2023 HuNan Printed Circuit Association of China",
        "zh_hans": "版权所有 © 2023 湖南省印制电路行业协会",
    },
    "powered_by": {"en": "Powered by Bontop", "zh_hans": "技术支持：Bontop"},
    "powered_by_url": "",
    "icp_number": "湘ICP备00000000号-1",
}

PHONES = [
    {
        "label": {"en": "Office", "zh_hans": "办公室"},
        "number": "+86 191 9627 2716",
    },
    {
        "label": {"en": "Membership", "zh_hans": "会员服务"},
        "number": "+86 181 7379 0595",
    },
]

CATEGORIES = [
    {
        "slug": "ic-news",
        "order": 1,
        "name": {"en": "IC News", "zh_hans": "集成电路资讯"},
        "description": {
            "en": (
                "News on integrated circuit design, manufacturing, packaging and testing, and on "
                "the wider semiconductor industry."
            ),
            "zh_hans": "集成电路设计、制造、封装测试及半导体产业相关资讯。",
        },
    },
    {
        "slug": "industry-news",
        "order": 2,
        "name": {"en": "Industry News", "zh_hans": "行业动态"},
        "description": {
            "en": (
                "Market trends, technology developments and company news from the printed circuit "
                "and electronics manufacturing industry."
            ),
            "zh_hans": "印制电路及电子制造行业的市场走势、技术进展和企业动态。",
        },
    },
    {
        "slug": "association-news",
        "order": 3,
        "name": {"en": "Association News", "zh_hans": "协会动态"},
        "description": {
            "en": (
                "Meetings, training courses, events and member services organized by the "
                "association."
            ),
            "zh_hans": "协会会议、培训课程、各类活动及会员服务信息。",
        },
    },
    {
        "slug": "policy",
        "order": 4,
        "name": {"en": "Policy & Standards", "zh_hans": "政策标准"},
        "description": {
            "en": "Government policies, regulations and industry standards relevant to members.",
            "zh_hans": "与会员单位相关的政府政策、法规及行业标准。",
        },
    },
]

MEMBERSHIP_LEVELS = [
    {
        "key": "president",
        "order": 1,
        "name": {"en": "President Unit", "zh_hans": "会长单位"},
    },
    {
        "key": "vice-president",
        "order": 2,
        "name": {"en": "Vice-President Unit", "zh_hans": "副会长单位"},
    },
    {
        "key": "council",
        "order": 3,
        "name": {"en": "Council Member", "zh_hans": "理事单位"},
    },
    {
        "key": "member",
        "order": 4,
        "name": {"en": "Member", "zh_hans": "会员单位"},
    },
]

SEGMENTS = [
    {
        "key": "pcb-manufacturing",
        "name": {"en": "PCB Manufacturing", "zh_hans": "印制电路板制造"},
    },
    {
        "key": "materials",
        "name": {"en": "Materials", "zh_hans": "电子材料"},
    },
    {
        "key": "equipment",
        "name": {"en": "Equipment", "zh_hans": "专用设备"},
    },
    {
        "key": "ic-design",
        "name": {"en": "IC Design", "zh_hans": "集成电路设计"},
    },
    {
        "key": "electronic-assembly",
        "name": {"en": "Electronic Assembly (SMT/EMS)", "zh_hans": "电子组装（SMT/EMS）"},
    },
    {
        "key": "testing-inspection",
        "name": {"en": "Testing & Inspection", "zh_hans": "检测认证"},
    },
    {
        "key": "optoelectronics",
        "name": {"en": "Optoelectronics", "zh_hans": "光电子"},
    },
]

COMPANIES = [
    {
        "slug": "shenzhen-east-space-light-technology",
        "name": {
            "en": "Shenzhen East Space Light Technology Co., Ltd",
            "zh_hans": "深圳东方空间光电科技有限公司",
        },
        "description": {
            "en": (
                "Shenzhen East Space Light Technology develops LED display modules, optical "
                "sensing components and driver solutions for commercial and industrial displays. "
                "Its engineering team works closely with PCB and assembly partners in the Pearl "
                "River Delta and Hunan to bring new optoelectronic products into volume production."
            ),
            "zh_hans": (
                "深圳东方空间光电科技有限公司专注于LED显示模组、光学传感组件及驱动方案的研发，"
                "产品广泛应用于商用和工业显示领域。公司研发团队与珠三角及湖南地区的线路板和电子组装"
                "企业紧密合作，推动光电新产品实现规模化量产。"
            ),
        },
        "level": "vice-president",
        "segments": ["optoelectronics"],
        "province": {"en": "Guangdong", "zh_hans": "广东"},
        "city": {"en": "Shenzhen", "zh_hans": "深圳"},
        "address": {
            "en": (
                "6/F, Building 3, Zhiyuan Industrial Park, Guangming District, Shenzhen, Guangdong"
            ),
            "zh_hans": "广东省深圳市光明区智源产业园3栋6楼",
        },
        "website": "https://www.eastspacelight.example.com",
        "phone": "+86 755 2663 4812",
        "email": "info@eastspacelight.example.com",
        "founded": 2011,
        "member_since": 2016,
        "featured": True,
    },
    {
        "slug": "hunan-xiangyun-circuit-technology",
        "name": {
            "en": "Hunan Xiangyun Circuit Technology Co., Ltd",
            "zh_hans": "湖南湘云电路科技有限公司",
        },
        "description": {
            "en": (
                "Hunan Xiangyun Circuit Technology manufactures multilayer, HDI and rigid-flex "
                "printed circuit boards for communications, industrial control and automotive "
                "customers. One of the founding members of the association, the company runs two "
                "production bases in Changsha and an in-house reliability laboratory."
            ),
            "zh_hans": (
                "湖南湘云电路科技有限公司主要生产多层板、HDI板及刚挠结合板，服务通信、"
                "工业控制和汽车电子等领域客户。公司是协会发起单位之一，在长沙拥有两个生产基地，"
                "并建有自己的可靠性实验室。"
            ),
        },
        "level": "president",
        "segments": ["pcb-manufacturing"],
        "province": {"en": "Hunan", "zh_hans": "湖南"},
        "city": {"en": "Changsha", "zh_hans": "长沙"},
        "address": {
            "en": (
                "No. 168 Xingsha Avenue, Changsha Economic and Technological Development Zone, "
                "Changsha, Hunan"
            ),
            "zh_hans": "湖南省长沙经济技术开发区星沙大道168号",
        },
        "website": "https://www.xiangyun-circuit.example.com",
        "phone": "+86 731 8402 1168",
        "email": "info@xiangyun-circuit.example.com",
        "founded": 2003,
        "member_since": 2006,
        "featured": True,
    },
    {
        "slug": "zhuzhou-hengrui-precision-circuits",
        "name": {
            "en": "Zhuzhou Hengrui Precision Circuits Co., Ltd",
            "zh_hans": "株洲恒锐精密线路有限公司",
        },
        "description": {
            "en": (
                "Zhuzhou Hengrui Precision Circuits specializes in heavy-copper and thick PCBs for "
                "power electronics, rail transit and new energy equipment. The company has built "
                "strong capabilities in thermal management and high-current board design."
            ),
            "zh_hans": (
                "株洲恒锐精密线路有限公司专业生产厚铜板和厚板类印制电路板，产品应用于电力电子、"
                "轨道交通和新能源装备等领域。公司在热管理和大电流电路板设计方面积累了较强的技术实力"
                "。"
            ),
        },
        "level": "vice-president",
        "segments": ["pcb-manufacturing"],
        "province": {"en": "Hunan", "zh_hans": "湖南"},
        "city": {"en": "Zhuzhou", "zh_hans": "株洲"},
        "address": {
            "en": "No. 58 Huanghe South Road, Tianyuan District, Zhuzhou, Hunan",
            "zh_hans": "湖南省株洲市天元区黄河南路58号",
        },
        "website": "https://www.hengrui-pcb.example.com",
        "phone": "+86 731 2288 5036",
        "email": "sales@hengrui-pcb.example.com",
        "founded": 2005,
        "member_since": 2007,
        "featured": True,
    },
    {
        "slug": "changsha-lanxin-microelectronics",
        "name": {
            "en": "Changsha Lanxin Microelectronics Co., Ltd",
            "zh_hans": "长沙蓝芯微电子有限公司",
        },
        "description": {
            "en": (
                "Changsha Lanxin Microelectronics is a fabless design house focused on power "
                "management ICs, motor drivers and mixed-signal chips for industrial and consumer "
                "applications. Its products are shipped to equipment makers across central and "
                "southern China."
            ),
            "zh_hans": (
                "长沙蓝芯微电子有限公司是一家无晶圆厂芯片设计企业，专注于电源管理芯片、"
                "电机驱动芯片及数模混合芯片，产品面向工业和消费电子应用，客户遍及华中和华南地区的整"
                "机企业。"
            ),
        },
        "level": "vice-president",
        "segments": ["ic-design"],
        "province": {"en": "Hunan", "zh_hans": "湖南"},
        "city": {"en": "Changsha", "zh_hans": "长沙"},
        "address": {
            "en": "12/F, Building C2, Lugu Enterprise Plaza, Yuelu District, Changsha, Hunan",
            "zh_hans": "湖南省长沙市岳麓区麓谷企业广场C2栋12楼",
        },
        "website": "https://www.lanxin-micro.example.com",
        "phone": "+86 731 8896 2012",
        "email": "contact@lanxin-micro.example.com",
        "founded": 2012,
        "member_since": 2014,
        "featured": True,
    },
    {
        "slug": "yiyang-qingshan-copper-clad-laminate",
        "name": {
            "en": "Yiyang Qingshan Copper Clad Laminate Co., Ltd",
            "zh_hans": "益阳青山覆铜板有限公司",
        },
        "description": {
            "en": (
                "Yiyang Qingshan Copper Clad Laminate produces FR-4, high-Tg and halogen-free "
                "laminates and prepregs for PCB manufacturers. The company supplies many "
                "fabricators in Hunan and is expanding into low-loss materials for high-speed "
                "applications."
            ),
            "zh_hans": (
                "益阳青山覆铜板有限公司生产FR-4、高Tg及无卤覆铜板和半固化片，为线路板企业提供基础材"
                "料。公司是湖南众多线路板厂的供应商，目前正向高速应用所需的低损耗材料领域拓展。"
            ),
        },
        "level": "council",
        "segments": ["materials"],
        "province": {"en": "Hunan", "zh_hans": "湖南"},
        "city": {"en": "Yiyang", "zh_hans": "益阳"},
        "address": {
            "en": (
                "No. 9 Longling Road, Yiyang High-tech Industrial Development Zone, Yiyang, Hunan"
            ),
            "zh_hans": "湖南省益阳高新技术产业开发区龙岭路9号",
        },
        "website": "https://www.qingshan-ccl.example.com",
        "phone": "+86 737 6211 0409",
        "email": "info@qingshan-ccl.example.com",
        "founded": 2004,
        "member_since": 2008,
        "featured": False,
    },
    {
        "slug": "changde-ruitai-electronic-materials",
        "name": {
            "en": "Changde Ruitai Electronic Materials Co., Ltd",
            "zh_hans": "常德瑞泰电子材料有限公司",
        },
        "description": {
            "en": (
                "Changde Ruitai Electronic Materials formulates plating chemicals, surface "
                "finishing solutions and solder mask inks for the printed circuit industry. Its "
                "technical service team helps customers optimize wet processes and reduce chemical "
                "consumption."
            ),
            "zh_hans": (
                "常德瑞泰电子材料有限公司研发生产电镀药水、表面处理药水和阻焊油墨等印制电路专用化学"
                "品。公司技术服务团队协助客户优化湿制程工艺，降低化学品消耗。"
            ),
        },
        "level": "member",
        "segments": ["materials"],
        "province": {"en": "Hunan", "zh_hans": "湖南"},
        "city": {"en": "Changde", "zh_hans": "常德"},
        "address": {
            "en": (
                "No. 27 Deshan Avenue, Changde Economic and Technological Development Zone, "
                "Changde, Hunan"
            ),
            "zh_hans": "湖南省常德经济技术开发区德山大道27号",
        },
        "website": "https://www.ruitai-materials.example.com",
        "phone": "+86 736 7320 1527",
        "email": "info@ruitai-materials.example.com",
        "founded": 2010,
        "member_since": 2013,
        "featured": False,
    },
    {
        "slug": "hengyang-yuanhang-electronic-manufacturing",
        "name": {
            "en": "Hengyang Yuanhang Electronic Manufacturing Co., Ltd",
            "zh_hans": "衡阳远航电子制造有限公司",
        },
        "description": {
            "en": (
                "Hengyang Yuanhang Electronic Manufacturing provides SMT assembly, box build and "
                "functional testing services for industrial, medical and smart-home customers. The "
                "company runs eight high-speed placement lines and handles both prototypes and "
                "volume orders."
            ),
            "zh_hans": (
                "衡阳远航电子制造有限公司为工业、医疗和智能家居客户提供SMT贴装、整机组装及功能测试"
                "服务。公司拥有8条高速贴片线，可同时承接样品和批量订单。"
            ),
        },
        "level": "council",
        "segments": ["electronic-assembly"],
        "province": {"en": "Hunan", "zh_hans": "湖南"},
        "city": {"en": "Hengyang", "zh_hans": "衡阳"},
        "address": {
            "en": "No. 15 Baisha Road, Baishazhou Industrial Park, Hengyang, Hunan",
            "zh_hans": "湖南省衡阳市白沙洲工业园区白沙路15号",
        },
        "website": "https://www.yuanhang-ems.example.com",
        "phone": "+86 734 8156 7708",
        "email": "sales@yuanhang-ems.example.com",
        "founded": 2008,
        "member_since": 2011,
        "featured": False,
    },
    {
        "slug": "xiangtan-zhicheng-testing-technology",
        "name": {
            "en": "Xiangtan Zhicheng Testing Technology Co., Ltd",
            "zh_hans": "湘潭智诚检测技术有限公司",
        },
        "description": {
            "en": (
                "Xiangtan Zhicheng Testing Technology is an independent laboratory offering "
                "reliability testing, failure analysis and material characterization for PCBs and "
                "electronic assemblies. The laboratory is nationally accredited and serves "
                "customers throughout Hunan."
            ),
            "zh_hans": (
                "湘潭智诚检测技术有限公司是一家第三方检测实验室，为印制电路板和电子组件提供可靠性试"
                "验、失效分析及材料表征服务。实验室已通过国家级资质认可，服务湖南全省客户。"
            ),
        },
        "level": "member",
        "segments": ["testing-inspection"],
        "province": {"en": "Hunan", "zh_hans": "湖南"},
        "city": {"en": "Xiangtan", "zh_hans": "湘潭"},
        "address": {
            "en": "No. 206 Jiuhua Avenue, Jiuhua Demonstration Zone, Xiangtan, Hunan",
            "zh_hans": "湖南省湘潭市九华示范区九华大道206号",
        },
        "website": "https://www.zhicheng-lab.example.com",
        "phone": "+86 731 5828 2066",
        "email": "lab@zhicheng-lab.example.com",
        "founded": 2014,
        "member_since": 2016,
        "featured": False,
    },
    {
        "slug": "yueyang-dongting-intelligent-equipment",
        "name": {
            "en": "Yueyang Dongting Intelligent Equipment Co., Ltd",
            "zh_hans": "岳阳洞庭智能装备有限公司",
        },
        "description": {
            "en": (
                "Yueyang Dongting Intelligent Equipment designs and builds horizontal wet-process "
                "lines, automatic loading systems and material handling solutions for PCB "
                "factories. The company has delivered more than 400 production lines to customers "
                "in China and Southeast Asia."
            ),
            "zh_hans": (
                "岳阳洞庭智能装备有限公司设计制造水平湿制程生产线、自动上下料系统及物料搬运方案，"
                "服务线路板工厂。公司已向国内及东南亚客户交付400余条生产线。"
            ),
        },
        "level": "council",
        "segments": ["equipment"],
        "province": {"en": "Hunan", "zh_hans": "湖南"},
        "city": {"en": "Yueyang", "zh_hans": "岳阳"},
        "address": {
            "en": (
                "No. 88 Xinkang Road, Yueyang Economic and Technological Development Zone, "
                "Yueyang, Hunan"
            ),
            "zh_hans": "湖南省岳阳经济技术开发区新康路88号",
        },
        "website": "https://www.dongting-equipment.example.com",
        "phone": "+86 730 8765 0988",
        "email": "info@dongting-equipment.example.com",
        "founded": 2009,
        "member_since": 2012,
        "featured": False,
    },
    {
        "slug": "chenzhou-huaxin-circuit-board",
        "name": {
            "en": "Chenzhou Huaxin Circuit Board Co., Ltd",
            "zh_hans": "郴州华鑫线路板有限公司",
        },
        "description": {
            "en": (
                "Chenzhou Huaxin Circuit Board manufactures double-sided and multilayer boards for "
                "LED lighting, power supplies and household appliances. In 2021 the company moved "
                "into a new, more energy-efficient plant in the Chenzhou High-tech Zone."
            ),
            "zh_hans": (
                "郴州华鑫线路板有限公司生产双面板和多层板，产品用于LED照明、电源及家用电器等领域。"
                "2021年，公司迁入郴州高新区新厂房，能效水平显著提升。"
            ),
        },
        "level": "member",
        "segments": ["pcb-manufacturing"],
        "province": {"en": "Hunan", "zh_hans": "湖南"},
        "city": {"en": "Chenzhou", "zh_hans": "郴州"},
        "address": {
            "en": (
                "No. 12 Xiangnan Road, Chenzhou High-tech Industrial Development Zone, Chenzhou, "
                "Hunan"
            ),
            "zh_hans": "湖南省郴州高新技术产业开发区湘南路12号",
        },
        "website": "https://www.huaxin-pcb.example.com",
        "phone": "+86 735 2868 1212",
        "email": "sales@huaxin-pcb.example.com",
        "founded": 2013,
        "member_since": 2017,
        "featured": False,
    },
    {
        "slug": "loudi-jinyao-electronic-technology",
        "name": {
            "en": "Loudi Jinyao Electronic Technology Co., Ltd",
            "zh_hans": "娄底金耀电子科技有限公司",
        },
        "description": {
            "en": (
                "Loudi Jinyao Electronic Technology offers quick-turn prototype PCBs and "
                "small-batch assembly for research institutes and start-ups. Its online quotation "
                "system lets engineers place an order within minutes."
            ),
            "zh_hans": (
                "娄底金耀电子科技有限公司为科研院所和初创企业提供快板打样及小批量组装服务。"
                "借助公司的在线报价系统，工程师几分钟内即可完成下单。"
            ),
        },
        "level": "member",
        "segments": ["pcb-manufacturing", "electronic-assembly"],
        "province": {"en": "Hunan", "zh_hans": "湖南"},
        "city": {"en": "Loudi", "zh_hans": "娄底"},
        "address": {
            "en": (
                "No. 31 Changqing Street, Loudi Economic and Technological Development Zone, "
                "Loudi, Hunan"
            ),
            "zh_hans": "湖南省娄底经济技术开发区长青街31号",
        },
        "website": "https://www.jinyao-tech.example.com",
        "phone": "+86 738 8316 3131",
        "email": "service@jinyao-tech.example.com",
        "founded": 2015,
        "member_since": 2018,
        "featured": False,
    },
    {
        "slug": "huaihua-yuanshui-optoelectronics",
        "name": {
            "en": "Huaihua Yuanshui Optoelectronics Co., Ltd",
            "zh_hans": "怀化沅水光电有限公司",
        },
        "description": {
            "en": (
                "Huaihua Yuanshui Optoelectronics packages LED chips into lighting and backlight "
                "components and produces optical lenses for outdoor fixtures. The company is one "
                "of the larger optoelectronics employers in western Hunan."
            ),
            "zh_hans": (
                "怀化沅水光电有限公司从事LED芯片封装，生产照明及背光组件，并生产户外灯具用光学透镜"
                "。公司是湘西地区规模较大的光电企业之一。"
            ),
        },
        "level": "member",
        "segments": ["optoelectronics"],
        "province": {"en": "Hunan", "zh_hans": "湖南"},
        "city": {"en": "Huaihua", "zh_hans": "怀化"},
        "address": {
            "en": (
                "No. 19 Yingfeng Road, Huaihua High-tech Industrial Development Zone, Huaihua, "
                "Hunan"
            ),
            "zh_hans": "湖南省怀化高新技术产业开发区迎丰路19号",
        },
        "website": "https://www.yuanshui-opto.example.com",
        "phone": "+86 745 2716 1919",
        "email": "info@yuanshui-opto.example.com",
        "founded": 2016,
        "member_since": 2019,
        "featured": False,
    },
    {
        "slug": "shaoyang-baohe-new-materials",
        "name": {
            "en": "Shaoyang Baohe New Materials Co., Ltd",
            "zh_hans": "邵阳宝和新材料有限公司",
        },
        "description": {
            "en": (
                "Shaoyang Baohe New Materials produces electronic-grade glass fiber cloth and "
                "fillers for copper clad laminates. The company works with laminate makers to "
                "develop thinner, more uniform fabrics for HDI applications."
            ),
            "zh_hans": (
                "邵阳宝和新材料有限公司生产覆铜板所用的电子级玻纤布及填料。公司与覆铜板企业合作，"
                "开发适用于HDI的更薄、更均匀的玻纤布产品。"
            ),
        },
        "level": "member",
        "segments": ["materials"],
        "province": {"en": "Hunan", "zh_hans": "湖南"},
        "city": {"en": "Shaoyang", "zh_hans": "邵阳"},
        "address": {
            "en": "No. 7 Baoqing Road, Shaoyang Economic Development Zone, Shaoyang, Hunan",
            "zh_hans": "湖南省邵阳经济开发区宝庆路7号",
        },
        "website": "https://www.baohe-materials.example.com",
        "phone": "+86 739 5308 0707",
        "email": "info@baohe-materials.example.com",
        "founded": 2017,
        "member_since": 2020,
        "featured": False,
    },
    {
        "slug": "changsha-xingchen-semiconductor-equipment",
        "name": {
            "en": "Changsha Xingchen Semiconductor Equipment Co., Ltd",
            "zh_hans": "长沙星辰半导体设备有限公司",
        },
        "description": {
            "en": (
                "Changsha Xingchen Semiconductor Equipment develops wafer cleaning, wet etching "
                "and drying equipment for 6-inch and 8-inch lines, and provides spare parts and "
                "retrofit services. The company cooperates with local universities on process "
                "development."
            ),
            "zh_hans": (
                "长沙星辰半导体设备有限公司研发6英寸和8英寸产线用晶圆清洗、湿法刻蚀及干燥设备，"
                "并提供备件和设备改造服务。公司与本地高校开展工艺开发合作。"
            ),
        },
        "level": "council",
        "segments": ["equipment"],
        "province": {"en": "Hunan", "zh_hans": "湖南"},
        "city": {"en": "Changsha", "zh_hans": "长沙"},
        "address": {
            "en": "No. 66 Jinzhou Avenue, Ningxiang High-tech Industrial Park, Changsha, Hunan",
            "zh_hans": "湖南省长沙市宁乡高新技术产业园区金洲大道66号",
        },
        "website": "https://www.xingchen-semi.example.com",
        "phone": "+86 731 8788 6606",
        "email": "sales@xingchen-semi.example.com",
        "founded": 2013,
        "member_since": 2015,
        "featured": False,
    },
    {
        "slug": "liuyang-jinhe-flexible-circuits",
        "name": {
            "en": "Liuyang Jinhe Flexible Circuits Co., Ltd",
            "zh_hans": "浏阳金禾柔性电路有限公司",
        },
        "description": {
            "en": (
                "Liuyang Jinhe Flexible Circuits makes single-sided, double-sided and multilayer "
                "flexible circuits for wearables, camera modules and automotive lighting. It also "
                "offers stiffener lamination and flex assembly services."
            ),
            "zh_hans": (
                "浏阳金禾柔性电路有限公司生产单面、双面及多层柔性线路板，产品用于可穿戴设备、"
                "摄像头模组和车灯等领域，同时提供补强贴合和柔性板组装服务。"
            ),
        },
        "level": "member",
        "segments": ["pcb-manufacturing"],
        "province": {"en": "Hunan", "zh_hans": "湖南"},
        "city": {"en": "Liuyang", "zh_hans": "浏阳"},
        "address": {
            "en": (
                "No. 21 Jinyang Avenue, Liuyang Economic and Technological Development Zone, "
                "Liuyang, Hunan"
            ),
            "zh_hans": "湖南省浏阳经济技术开发区金阳大道21号",
        },
        "website": "https://www.jinhe-fpc.example.com",
        "phone": "+86 731 8362 2121",
        "email": "info@jinhe-fpc.example.com",
        "founded": 2012,
        "member_since": 2014,
        "featured": False,
    },
    {
        "slug": "yongzhou-xiaoxiang-electronics",
        "name": {
            "en": "Yongzhou Xiaoxiang Electronics Co., Ltd",
            "zh_hans": "永州潇湘电子有限公司",
        },
        "description": {
            "en": (
                "Yongzhou Xiaoxiang Electronics assembles control boards for small household "
                "appliances and power tools. The company moved part of its production from the "
                "Pearl River Delta to Yongzhou and now employs more than 600 people locally."
            ),
            "zh_hans": (
                "永州潇湘电子有限公司主要为小家电和电动工具组装控制板。公司将部分产能由珠三角转移至"
                "永州，目前在当地的员工已超过600人。"
            ),
        },
        "level": "member",
        "segments": ["electronic-assembly"],
        "province": {"en": "Hunan", "zh_hans": "湖南"},
        "city": {"en": "Yongzhou", "zh_hans": "永州"},
        "address": {
            "en": (
                "No. 3 Fengyuan Road, Yongzhou Economic and Technological Development Zone, "
                "Yongzhou, Hunan"
            ),
            "zh_hans": "湖南省永州经济技术开发区丰源路3号",
        },
        "website": "https://www.xiaoxiang-elec.example.com",
        "phone": "+86 746 8223 0303",
        "email": "info@xiaoxiang-elec.example.com",
        "founded": 2018,
        "member_since": 2021,
        "featured": False,
    },
    {
        "slug": "guangzhou-nanyue-interconnect-technology",
        "name": {
            "en": "Guangzhou Nanyue Interconnect Technology Co., Ltd",
            "zh_hans": "广州南粤互连科技有限公司",
        },
        "description": {
            "en": (
                "Guangzhou Nanyue Interconnect Technology produces high-layer-count, high-speed "
                "and HDI boards for servers, network switches and telecom equipment. It was one of "
                "the first companies outside Hunan to join the association and regularly shares "
                "its experience with other members."
            ),
            "zh_hans": (
                "广州南粤互连科技有限公司生产高多层、高速及HDI印制电路板，产品用于服务器、"
                "网络交换机和通信设备。公司是较早加入协会的省外企业之一，经常与其他会员分享经验。"
            ),
        },
        "level": "vice-president",
        "segments": ["pcb-manufacturing"],
        "province": {"en": "Guangdong", "zh_hans": "广东"},
        "city": {"en": "Guangzhou", "zh_hans": "广州"},
        "address": {
            "en": "No. 200 Kefeng Road, Huangpu District, Guangzhou, Guangdong",
            "zh_hans": "广东省广州市黄埔区科丰路200号",
        },
        "website": "https://www.nanyue-interconnect.example.com",
        "phone": "+86 20 3229 8200",
        "email": "info@nanyue-interconnect.example.com",
        "founded": 2002,
        "member_since": 2010,
        "featured": True,
    },
    {
        "slug": "dongguan-songhu-precision-equipment",
        "name": {
            "en": "Dongguan Songhu Precision Equipment Co., Ltd",
            "zh_hans": "东莞松湖精密设备有限公司",
        },
        "description": {
            "en": (
                "Dongguan Songhu Precision Equipment builds CNC drilling and routing machines, "
                "laser drilling systems and automated optical inspection equipment for PCB "
                "production. The company runs a service center in Changsha for customers in "
                "central China."
            ),
            "zh_hans": (
                "东莞松湖精密设备有限公司生产线路板用数控钻孔机、成型机、激光钻孔设备及自动光学检测"
                "设备。公司在长沙设有服务中心，服务华中地区客户。"
            ),
        },
        "level": "council",
        "segments": ["equipment"],
        "province": {"en": "Guangdong", "zh_hans": "广东"},
        "city": {"en": "Dongguan", "zh_hans": "东莞"},
        "address": {
            "en": "No. 8 Industrial East Road, Songshan Lake, Dongguan, Guangdong",
            "zh_hans": "广东省东莞市松山湖工业东路8号",
        },
        "website": "https://www.songhu-equipment.example.com",
        "phone": "+86 769 2289 0808",
        "email": "sales@songhu-equipment.example.com",
        "founded": 2007,
        "member_since": 2013,
        "featured": False,
    },
    {
        "slug": "huizhou-jinghai-circuit",
        "name": {"en": "Huizhou Jinghai Circuit Co., Ltd", "zh_hans": "惠州景海电路有限公司"},
        "description": {
            "en": (
                "Huizhou Jinghai Circuit manufactures PCBs for automotive and consumer "
                "electronics, mainly four- to ten-layer boards. The company holds automotive "
                "quality management certification and supplies several tier-one module makers."
            ),
            "zh_hans": (
                "惠州景海电路有限公司生产汽车电子和消费电子用印制电路板，以4至10层板为主。"
                "公司已通过汽车行业质量管理体系认证，为多家一级模块供应商配套。"
            ),
        },
        "level": "member",
        "segments": ["pcb-manufacturing"],
        "province": {"en": "Guangdong", "zh_hans": "广东"},
        "city": {"en": "Huizhou", "zh_hans": "惠州"},
        "address": {
            "en": "No. 16 Heshun Road, Zhongkai High-tech Zone, Huizhou, Guangdong",
            "zh_hans": "广东省惠州市仲恺高新区和顺路16号",
        },
        "website": "https://www.jinghai-circuit.example.com",
        "phone": "+86 752 2618 1616",
        "email": "info@jinghai-circuit.example.com",
        "founded": 2006,
        "member_since": 2015,
        "featured": False,
    },
    {
        "slug": "zhuhai-haiyun-substrate-technology",
        "name": {
            "en": "Zhuhai Haiyun Substrate Technology Co., Ltd",
            "zh_hans": "珠海海韵基板科技有限公司",
        },
        "description": {
            "en": (
                "Zhuhai Haiyun Substrate Technology develops and produces IC packaging substrates "
                "for memory, radio frequency and sensor devices. The company is investing in "
                "fine-line processes to serve advanced packaging customers."
            ),
            "zh_hans": (
                "珠海海韵基板科技有限公司研发生产用于存储、射频及传感器器件的IC封装基板。"
                "公司正加大对精细线路工艺的投入，以满足先进封装客户的需求。"
            ),
        },
        "level": "council",
        "segments": ["pcb-manufacturing", "materials"],
        "province": {"en": "Guangdong", "zh_hans": "广东"},
        "city": {"en": "Zhuhai", "zh_hans": "珠海"},
        "address": {
            "en": "No. 99 Jinhai Road, Jinwan District, Zhuhai, Guangdong",
            "zh_hans": "广东省珠海市金湾区金海路99号",
        },
        "website": "https://www.haiyun-substrate.example.com",
        "phone": "+86 756 7721 9999",
        "email": "info@haiyun-substrate.example.com",
        "founded": 2015,
        "member_since": 2018,
        "featured": False,
    },
    {
        "slug": "shenzhen-pengce-testing-technology",
        "name": {
            "en": "Shenzhen Pengce Testing Technology Co., Ltd",
            "zh_hans": "深圳鹏测检测技术有限公司",
        },
        "description": {
            "en": (
                "Shenzhen Pengce Testing Technology provides flying-probe testing, X-ray "
                "inspection and cross-section analysis for PCB and electronics assembly companies. "
                "Its laboratory offers a 24-hour turnaround for urgent failure analysis requests."
            ),
            "zh_hans": (
                "深圳鹏测检测技术有限公司为线路板及电子组装企业提供飞针测试、X射线检测和切片分析服"
                "务。实验室可为紧急失效分析需求提供24小时快速响应。"
            ),
        },
        "level": "member",
        "segments": ["testing-inspection"],
        "province": {"en": "Guangdong", "zh_hans": "广东"},
        "city": {"en": "Shenzhen", "zh_hans": "深圳"},
        "address": {
            "en": "Room 501, Building 2, Chuangzhi Park, Nanshan District, Shenzhen, Guangdong",
            "zh_hans": "广东省深圳市南山区创智园2栋501室",
        },
        "website": "https://www.pengce-testing.example.com",
        "phone": "+86 755 8632 5010",
        "email": "lab@pengce-testing.example.com",
        "founded": 2016,
        "member_since": 2019,
        "featured": False,
    },
    {
        "slug": "foshan-lingnan-smart-assembly",
        "name": {
            "en": "Foshan Lingnan Smart Assembly Co., Ltd",
            "zh_hans": "佛山岭南智能组装有限公司",
        },
        "description": {
            "en": (
                "Foshan Lingnan Smart Assembly provides electronics manufacturing services for "
                "home appliance and lighting brands, including SMT, through-hole assembly and "
                "conformal coating. The company has introduced a manufacturing execution system "
                "that traces every board."
            ),
            "zh_hans": (
                "佛山岭南智能组装有限公司为家电和照明品牌提供电子制造服务，涵盖SMT贴装、"
                "插件组装及三防涂覆。公司已上线制造执行系统，实现每块电路板全程可追溯。"
            ),
        },
        "level": "member",
        "segments": ["electronic-assembly"],
        "province": {"en": "Guangdong", "zh_hans": "广东"},
        "city": {"en": "Foshan", "zh_hans": "佛山"},
        "address": {
            "en": "No. 45 Gangkou Road, Shunde District, Foshan, Guangdong",
            "zh_hans": "广东省佛山市顺德区港口路45号",
        },
        "website": "https://www.lingnan-ems.example.com",
        "phone": "+86 757 2238 4545",
        "email": "info@lingnan-ems.example.com",
        "founded": 2010,
        "member_since": 2017,
        "featured": False,
    },
    {
        "slug": "jiangmen-wuyi-chemical-materials",
        "name": {
            "en": "Jiangmen Wuyi Chemical Materials Co., Ltd",
            "zh_hans": "江门五邑化学材料有限公司",
        },
        "description": {
            "en": (
                "Jiangmen Wuyi Chemical Materials supplies etchants, micro-etching agents and "
                "copper recovery services to PCB plants. The company promotes closed-loop "
                "regeneration of spent etchant to help customers lower costs and emissions."
            ),
            "zh_hans": (
                "江门五邑化学材料有限公司为线路板工厂提供蚀刻液、微蚀剂及铜回收服务。"
                "公司推广废蚀刻液闭环再生技术，帮助客户降低成本、减少排放。"
            ),
        },
        "level": "member",
        "segments": ["materials"],
        "province": {"en": "Guangdong", "zh_hans": "广东"},
        "city": {"en": "Jiangmen", "zh_hans": "江门"},
        "address": {
            "en": "No. 12 Jinxing Road, Xinhui District, Jiangmen, Guangdong",
            "zh_hans": "广东省江门市新会区金兴路12号",
        },
        "website": "https://www.wuyi-chem.example.com",
        "phone": "+86 750 6391 1212",
        "email": "sales@wuyi-chem.example.com",
        "founded": 2009,
        "member_since": 2016,
        "featured": False,
    },
    {
        "slug": "suzhou-gusu-microsystems",
        "name": {"en": "Suzhou Gusu Microsystems Co., Ltd", "zh_hans": "苏州姑苏微系统有限公司"},
        "description": {
            "en": (
                "Suzhou Gusu Microsystems designs MEMS pressure, inertial and acoustic sensors "
                "together with their signal-conditioning chips. The company also runs a sensor "
                "calibration and test line that serves its own products and partner brands."
            ),
            "zh_hans": (
                "苏州姑苏微系统有限公司设计MEMS压力传感器、惯性传感器和声学传感器及配套信号调理芯片"
                "。公司还建有传感器校准与测试线，服务自有产品及合作品牌。"
            ),
        },
        "level": "council",
        "segments": ["ic-design"],
        "province": {"en": "Jiangsu", "zh_hans": "江苏"},
        "city": {"en": "Suzhou", "zh_hans": "苏州"},
        "address": {
            "en": "Building 5, No. 88 Xinghu Street, Suzhou Industrial Park, Suzhou, Jiangsu",
            "zh_hans": "江苏省苏州工业园区星湖街88号5号楼",
        },
        "website": "https://www.gusu-mems.example.com",
        "phone": "+86 512 6256 8805",
        "email": "info@gusu-mems.example.com",
        "founded": 2011,
        "member_since": 2017,
        "featured": False,
    },
    {
        "slug": "kunshan-yufeng-electronic-assembly",
        "name": {
            "en": "Kunshan Yufeng Electronic Assembly Co., Ltd",
            "zh_hans": "昆山裕丰电子组装有限公司",
        },
        "description": {
            "en": (
                "Kunshan Yufeng Electronic Assembly offers SMT assembly, system integration and "
                "repair services for industrial computers and networking equipment. It joined the "
                "association to strengthen its supply links with PCB makers in Hunan."
            ),
            "zh_hans": (
                "昆山裕丰电子组装有限公司为工控计算机和网络设备提供SMT贴装、系统集成及维修服务。"
                "公司加入协会，旨在加强与湖南线路板企业的供应链合作。"
            ),
        },
        "level": "member",
        "segments": ["electronic-assembly"],
        "province": {"en": "Jiangsu", "zh_hans": "江苏"},
        "city": {"en": "Kunshan", "zh_hans": "昆山"},
        "address": {
            "en": "No. 318 Qianjin East Road, Kunshan Development Zone, Kunshan, Jiangsu",
            "zh_hans": "江苏省昆山开发区前进东路318号",
        },
        "website": "https://www.yufeng-ems.example.com",
        "phone": "+86 512 5771 3180",
        "email": "info@yufeng-ems.example.com",
        "founded": 2005,
        "member_since": 2019,
        "featured": False,
    },
    {
        "slug": "wuxi-taihu-inspection-equipment",
        "name": {
            "en": "Wuxi Taihu Inspection Equipment Co., Ltd",
            "zh_hans": "无锡太湖检测设备有限公司",
        },
        "description": {
            "en": (
                "Wuxi Taihu Inspection Equipment develops automated optical inspection, solder "
                "paste inspection and 3D measurement systems for electronics production lines. Its "
                "software team uses machine vision to reduce false calls."
            ),
            "zh_hans": (
                "无锡太湖检测设备有限公司研发用于电子产线的自动光学检测、锡膏检测及三维测量系统。"
                "公司软件团队致力于运用机器视觉技术降低误判率。"
            ),
        },
        "level": "member",
        "segments": ["equipment", "testing-inspection"],
        "province": {"en": "Jiangsu", "zh_hans": "江苏"},
        "city": {"en": "Wuxi", "zh_hans": "无锡"},
        "address": {
            "en": "No. 27 Xinhua Road, Xinwu District, Wuxi, Jiangsu",
            "zh_hans": "江苏省无锡市新吴区新华路27号",
        },
        "website": "https://www.taihu-inspection.example.com",
        "phone": "+86 510 8522 2727",
        "email": "sales@taihu-inspection.example.com",
        "founded": 2012,
        "member_since": 2020,
        "featured": False,
    },
    {
        "slug": "hangzhou-qiantang-semiconductor-design",
        "name": {
            "en": "Hangzhou Qiantang Semiconductor Design Co., Ltd",
            "zh_hans": "杭州钱塘半导体设计有限公司",
        },
        "description": {
            "en": (
                "Hangzhou Qiantang Semiconductor Design develops RISC-V microcontrollers and "
                "wireless connectivity chips for smart meters and IoT devices. The company "
                "provides reference designs and development boards to shorten its customers' time "
                "to market."
            ),
            "zh_hans": (
                "杭州钱塘半导体设计有限公司研发基于RISC-V架构的微控制器和无线连接芯片，"
                "产品面向智能表计和物联网设备。公司提供参考设计和开发板，帮助客户缩短产品上市周期。"
            ),
        },
        "level": "council",
        "segments": ["ic-design"],
        "province": {"en": "Zhejiang", "zh_hans": "浙江"},
        "city": {"en": "Hangzhou", "zh_hans": "杭州"},
        "address": {
            "en": "9/F, Tower B, No. 100 Binxing Road, Binjiang District, Hangzhou, Zhejiang",
            "zh_hans": "浙江省杭州市滨江区滨兴路100号B座9楼",
        },
        "website": "https://www.qiantang-semi.example.com",
        "phone": "+86 571 8677 1009",
        "email": "info@qiantang-semi.example.com",
        "founded": 2014,
        "member_since": 2018,
        "featured": False,
    },
    {
        "slug": "ningbo-haishu-copper-foil",
        "name": {"en": "Ningbo Haishu Copper Foil Co., Ltd", "zh_hans": "宁波海曙铜箔有限公司"},
        "description": {
            "en": (
                "Ningbo Haishu Copper Foil produces electrodeposited copper foil from 12 to 70 "
                "microns thick for laminates and printed circuit boards. The company is developing "
                "very-low-profile foil for high-frequency applications."
            ),
            "zh_hans": (
                "宁波海曙铜箔有限公司生产厚度为12至70微米的电解铜箔，供覆铜板及印制电路板使用。"
                "公司正在开发适用于高频应用的超低轮廓铜箔。"
            ),
        },
        "level": "member",
        "segments": ["materials"],
        "province": {"en": "Zhejiang", "zh_hans": "浙江"},
        "city": {"en": "Ningbo", "zh_hans": "宁波"},
        "address": {
            "en": "No. 58 Wangchun Industrial Park, Haishu District, Ningbo, Zhejiang",
            "zh_hans": "浙江省宁波市海曙区望春工业园区58号",
        },
        "website": "https://www.haishu-foil.example.com",
        "phone": "+86 574 8732 5858",
        "email": "sales@haishu-foil.example.com",
        "founded": 2008,
        "member_since": 2018,
        "featured": False,
    },
    {
        "slug": "wuhan-jiangcheng-photonics-devices",
        "name": {
            "en": "Wuhan Jiangcheng Photonics Devices Co., Ltd",
            "zh_hans": "武汉江城光子器件有限公司",
        },
        "description": {
            "en": (
                "Wuhan Jiangcheng Photonics Devices produces optical transceiver components, laser "
                "modules and photodetectors for data centers and telecommunications networks. The "
                "company works with PCB members on high-frequency boards for optical modules."
            ),
            "zh_hans": (
                "武汉江城光子器件有限公司生产面向数据中心和通信网络的光收发组件、激光器模块及光电探"
                "测器。公司与协会线路板会员企业合作开发光模块用高频电路板。"
            ),
        },
        "level": "vice-president",
        "segments": ["optoelectronics"],
        "province": {"en": "Hubei", "zh_hans": "湖北"},
        "city": {"en": "Wuhan", "zh_hans": "武汉"},
        "address": {
            "en": "No. 77 Gaoxin Avenue, East Lake High-tech Development Zone, Wuhan, Hubei",
            "zh_hans": "湖北省武汉市东湖新技术开发区高新大道77号",
        },
        "website": "https://www.jiangcheng-photonics.example.com",
        "phone": "+86 27 8752 7707",
        "email": "info@jiangcheng-photonics.example.com",
        "founded": 2010,
        "member_since": 2016,
        "featured": True,
    },
    {
        "slug": "huangshi-cihu-circuit",
        "name": {"en": "Huangshi Cihu Circuit Co., Ltd", "zh_hans": "黄石磁湖电路有限公司"},
        "description": {
            "en": (
                "Huangshi Cihu Circuit manufactures double-sided and multilayer PCBs for "
                "automotive electronics, security systems and industrial control. The company "
                "benefits from the growing electronic circuit industry cluster in eastern Hubei."
            ),
            "zh_hans": (
                "黄石磁湖电路有限公司生产汽车电子、安防和工业控制用双面及多层线路板，"
                "受益于鄂东地区日益壮大的电子电路产业集群。"
            ),
        },
        "level": "member",
        "segments": ["pcb-manufacturing"],
        "province": {"en": "Hubei", "zh_hans": "湖北"},
        "city": {"en": "Huangshi", "zh_hans": "黄石"},
        "address": {
            "en": (
                "No. 18 Jinshan Avenue, Huangshi Economic and Technological Development Zone, "
                "Huangshi, Hubei"
            ),
            "zh_hans": "湖北省黄石经济技术开发区金山大道18号",
        },
        "website": "https://www.cihu-circuit.example.com",
        "phone": "+86 714 6351 1818",
        "email": "info@cihu-circuit.example.com",
        "founded": 2011,
        "member_since": 2019,
        "featured": False,
    },
    {
        "slug": "jian-luling-electronics",
        "name": {"en": "Ji'an Luling Electronics Co., Ltd", "zh_hans": "吉安庐陵电子有限公司"},
        "description": {
            "en": (
                "Ji'an Luling Electronics produces PCBs and assembled control boards for power "
                "adapters, LED drivers and small appliances. The company joined the association in "
                "2025 to deepen cooperation with suppliers in neighboring Hunan."
            ),
            "zh_hans": (
                "吉安庐陵电子有限公司生产电源适配器、LED驱动及小家电用线路板和控制板组件。"
                "公司于2025年加入协会，希望深化与邻省湖南供应商的合作。"
            ),
        },
        "level": "member",
        "segments": ["pcb-manufacturing", "electronic-assembly"],
        "province": {"en": "Jiangxi", "zh_hans": "江西"},
        "city": {"en": "Ji'an", "zh_hans": "吉安"},
        "address": {
            "en": (
                "No. 9 Chuangye Avenue, Jinggangshan Economic and Technological Development Zone, "
                "Ji'an, Jiangxi"
            ),
            "zh_hans": "江西省吉安市井冈山经济技术开发区创业大道9号",
        },
        "website": "https://www.luling-elec.example.com",
        "phone": "+86 796 8108 0909",
        "email": "info@luling-elec.example.com",
        "founded": 2014,
        "member_since": 2025,
        "featured": False,
    },
    {
        "slug": "nanchang-honggu-display-technology",
        "name": {
            "en": "Nanchang Honggu Display Technology Co., Ltd",
            "zh_hans": "南昌红谷显示科技有限公司",
        },
        "description": {
            "en": (
                "Nanchang Honggu Display Technology develops small and medium-sized LCD and "
                "mini-LED display modules for industrial terminals and vehicles. The company "
                "sources flexible circuits and driver boards from several association members."
            ),
            "zh_hans": (
                "南昌红谷显示科技有限公司开发面向工业终端和车载领域的中小尺寸液晶及Mini LED显示模组"
                "，所用柔性线路板和驱动板主要采购自多家协会会员企业。"
            ),
        },
        "level": "member",
        "segments": ["optoelectronics"],
        "province": {"en": "Jiangxi", "zh_hans": "江西"},
        "city": {"en": "Nanchang", "zh_hans": "南昌"},
        "address": {
            "en": "No. 50 Xuefu Avenue, Honggutan District, Nanchang, Jiangxi",
            "zh_hans": "江西省南昌市红谷滩区学府大道50号",
        },
        "website": "https://www.honggu-display.example.com",
        "phone": "+86 791 8386 5050",
        "email": "info@honggu-display.example.com",
        "founded": 2017,
        "member_since": 2022,
        "featured": False,
    },
    {
        "slug": "shanghai-pudong-xinjing-ic-design",
        "name": {
            "en": "Shanghai Pudong Xinjing Integrated Circuit Design Co., Ltd",
            "zh_hans": "上海浦东芯景集成电路设计有限公司",
        },
        "description": {
            "en": (
                "Shanghai Pudong Xinjing Integrated Circuit Design develops high-speed interface, "
                "clock and timing chips for servers, storage and industrial networks. Its "
                "application engineers support board designers with signal integrity analysis."
            ),
            "zh_hans": (
                "上海浦东芯景集成电路设计有限公司研发面向服务器、存储和工业网络的高速接口芯片及时钟"
                "芯片，其应用工程师团队为电路板设计人员提供信号完整性分析支持。"
            ),
        },
        "level": "council",
        "segments": ["ic-design"],
        "province": {"en": "Shanghai", "zh_hans": "上海"},
        "city": {"en": "Shanghai", "zh_hans": "上海"},
        "address": {
            "en": "7/F, No. 399 Keyuan Road, Zhangjiang, Pudong New Area, Shanghai",
            "zh_hans": "上海市浦东新区张江科苑路399号7楼",
        },
        "website": "https://www.xinjing-ic.example.com",
        "phone": "+86 21 5080 3997",
        "email": "contact@xinjing-ic.example.com",
        "founded": 2013,
        "member_since": 2019,
        "featured": False,
    },
    {
        "slug": "shanghai-songjiang-precision-measurement-instruments",
        "name": {
            "en": "Shanghai Songjiang Precision Measurement Instruments Co., Ltd",
            "zh_hans": "上海松江精测仪器有限公司",
        },
        "description": {
            "en": (
                "Shanghai Songjiang Precision Measurement Instruments makes impedance testers, "
                "coating thickness gauges and ionic contamination testers for PCB quality control. "
                "It also offers calibration services for laboratory instruments."
            ),
            "zh_hans": (
                "上海松江精测仪器有限公司生产线路板品质管控所用的阻抗测试仪、镀层测厚仪和离子污染测"
                "试仪，并提供实验室仪器校准服务。"
            ),
        },
        "level": "member",
        "segments": ["testing-inspection"],
        "province": {"en": "Shanghai", "zh_hans": "上海"},
        "city": {"en": "Shanghai", "zh_hans": "上海"},
        "address": {
            "en": "No. 120 Rongle East Road, Songjiang District, Shanghai",
            "zh_hans": "上海市松江区荣乐东路120号",
        },
        "website": "https://www.songjiang-instruments.example.com",
        "phone": "+86 21 5778 1200",
        "email": "sales@songjiang-instruments.example.com",
        "founded": 2009,
        "member_since": 2020,
        "featured": False,
    },
    {
        "slug": "chengdu-jinsha-circuit-technology",
        "name": {
            "en": "Chengdu Jinsha Circuit Technology Co., Ltd",
            "zh_hans": "成都金沙电路科技有限公司",
        },
        "description": {
            "en": (
                "Chengdu Jinsha Circuit Technology manufactures high-reliability multilayer and "
                "rigid-flex boards for aerospace, instrumentation and medical equipment. It is one "
                "of the association's main member companies in southwest China."
            ),
            "zh_hans": (
                "成都金沙电路科技有限公司生产面向航空航天、仪器仪表和医疗设备的高可靠性多层板及刚挠"
                "结合板，是协会在西南地区的主要会员企业之一。"
            ),
        },
        "level": "council",
        "segments": ["pcb-manufacturing"],
        "province": {"en": "Sichuan", "zh_hans": "四川"},
        "city": {"en": "Chengdu", "zh_hans": "成都"},
        "address": {
            "en": "No. 1888 Xiyuan Avenue, Hi-tech West Zone, Chengdu, Sichuan",
            "zh_hans": "四川省成都高新西区西源大道1888号",
        },
        "website": "https://www.jinsha-circuit.example.com",
        "phone": "+86 28 8784 1888",
        "email": "info@jinsha-circuit.example.com",
        "founded": 2007,
        "member_since": 2014,
        "featured": False,
    },
    {
        "slug": "mianyang-fujiang-electronic-components",
        "name": {
            "en": "Mianyang Fujiang Electronic Components Co., Ltd",
            "zh_hans": "绵阳涪江电子元器件有限公司",
        },
        "description": {
            "en": (
                "Mianyang Fujiang Electronic Components assembles and tests power modules and "
                "control units for display, home appliance and energy storage customers. The "
                "company became a member of the association in 2025."
            ),
            "zh_hans": (
                "绵阳涪江电子元器件有限公司为显示、家电和储能客户组装并测试电源模块及控制单元。"
                "公司于2025年成为协会会员。"
            ),
        },
        "level": "member",
        "segments": ["electronic-assembly", "testing-inspection"],
        "province": {"en": "Sichuan", "zh_hans": "四川"},
        "city": {"en": "Mianyang", "zh_hans": "绵阳"},
        "address": {
            "en": "No. 26 Feiyun Avenue, Mianyang High-tech Zone, Mianyang, Sichuan",
            "zh_hans": "四川省绵阳高新区飞云大道26号",
        },
        "website": "https://www.fujiang-elec.example.com",
        "phone": "+86 816 2536 2626",
        "email": "info@fujiang-elec.example.com",
        "founded": 2012,
        "member_since": 2025,
        "featured": False,
    },
]

ARTICLES = [
    {
        "slug": "jensen-huang-visits-beijing-ai-chips-deepseek",
        "category": "ic-news",
        "published": "2025-04-17T10:00:00+08:00",
        "dateline_place": {"en": "Beijing", "zh_hans": "北京"},
        "title": {
            "en": (
                "Jensen Huang Visits Beijing Amidst U.S. Export Restrictions, Discusses "
                "Specialized AI Chips with DeepSeek Founder"
            ),
            "zh_hans": "美国出口管制背景下黄仁勋访问北京，与DeepSeek创始人探讨专用AI芯片",
        },
        "summary": {
            "en": (
                "During an April 17 visit to Beijing, NVIDIA CEO Jensen Huang addressed the impact "
                "of U.S. export controls, reaffirmed the importance of the Chinese market and met "
                "DeepSeek founder Liang Wenfeng to discuss specialized AI chips."
            ),
            "zh_hans": (
                "4月17日，英伟达首席执行官黄仁勋访问北京，谈及美国出口管制带来的影响，"
                "重申中国市场的重要性，并与DeepSeek创始人梁文锋探讨专用AI芯片。"
            ),
        },
        "body": {
            "en": (
                "<p>NVIDIA CEO Jensen Huang arrived in Beijing on April 17 at the invitation of "
                "the China Council for the Promotion of International Trade (CCPIT), marking his "
                "second visit to China in three months. The trip came as the company grappled with "
                "the ongoing impact of U.S. government restrictions on chip exports to China, a "
                "challenge that had significantly affected its operations in the region.</p>"
                "<p>In his remarks, Huang acknowledged the impact of the U.S. export controls, "
                "particularly the restrictions on high-performance chips like the NVIDIA H20. He "
                "noted that as a U.S.-based company, NVIDIA must comply with these regulations. "
                "However, he emphasized that the Chinese market remained critical to the company's "
                "success and that NVIDIA would continue optimizing its product offerings to meet "
                "both U.S. and Chinese regulatory requirements.</p>"
                "<p>Having worked in China for over 30 years, Huang highlighted the country's "
                "importance as one of the world's largest consumer markets and a hub for "
                "cutting-edge AI innovation. “China is a major force in global AI,” he said, "
                "pointing to the country's growing contribution to AI research, with Chinese "
                "researchers now responsible for nearly half of the global AI-related patents and "
                "publications.</p>"
                "<p>During his visit, Huang also met with DeepSeek founder Liang Wenfeng to "
                "discuss the development of specialized AI chips tailored to meet China's market "
                "demands while adhering to international regulations. The collaboration aimed to "
                "balance the specific needs of Chinese customers with the ongoing geopolitical "
                "complexities.</p>"
                "<p>In addition, Huang had a meeting with Chinese Vice Premier He Lifeng, where he "
                "reaffirmed NVIDIA's confidence in China's economic future and its commitment to "
                "supporting U.S.-China economic cooperation.</p>"
                "<p>This visit took place amid heightened tensions between Washington and Beijing. "
                "The U.S. had recently imposed tariffs up to 145% on certain Chinese imports, with "
                "China responding with retaliatory measures. On top of this, NVIDIA was facing "
                "scrutiny from both U.S. and Chinese regulators, including an ongoing "
                "investigation by China's anti-monopoly authorities into its 2022 acquisition of "
                "Israeli cybersecurity firm Mellanox.</p>"
                "<p>Despite these challenges, Huang reiterated NVIDIA's commitment to innovation "
                "in AI technology and its long-term engagement with China. The company's revenue "
                "from the Chinese market had reached approximately $17 billion last year, "
                "underscoring the region's significance to NVIDIA's global business strategy.</p>"
                "<p>As the global tech landscape evolves, Huang's visit signals that despite "
                "geopolitical tensions, NVIDIA remains committed to continuing its operations in "
                "China and fostering deeper collaboration in the AI field.</p>"
            ),
            "zh_hans": (
                "<p>4月17日，英伟达（NVIDIA）首席执行官黄仁勋应中国国际贸易促进委员会（中国贸促会）"
                "邀请抵达北京，这是他三个月内第二次访华。此行正值该公司努力应对美国政府限制对华芯片"
                "出口所带来的持续影响，这一挑战已对其在该地区的业务造成重大冲击。</p>"
                "<p>黄仁勋在讲话中坦言美国出口管制带来的影响，特别是对英伟达H20等高性能芯片的限制。"
                "他指出，作为一家美国公司，英伟达必须遵守相关法规。但他同时强调，中国市场对公司的成"
                "功依然至关重要，英伟达将继续优化产品组合，以同时满足美国和中国的监管要求。</p>"
                "<p>黄仁勋在中国工作已逾30年。他强调，中国是全球最大的消费市场之一，"
                "也是前沿人工智能创新的重要中心。“中国是全球人工智能领域的一支重要力量，”他说。"
                "他指出，中国对人工智能研究的贡献日益增长，目前全球近一半的人工智能相关专利和论文出"
                "自中国研究人员。</p>"
                "<p>访问期间，黄仁勋还会见了DeepSeek创始人梁文锋，双方探讨了如何在遵守国际法规的前"
                "提下，开发契合中国市场需求的专用AI芯片。此次合作旨在兼顾中国客户的具体需求与持续存"
                "在的复杂地缘政治形势。</p>"
                "<p>此外，黄仁勋还与中国国务院副总理何立峰会面。他重申英伟达对中国经济前景充满信心"
                "，并将继续致力于支持中美经济合作。</p>"
                "<p>此次访问正值中美关系紧张加剧之际。美国近期对部分中国进口商品加征最高达145%的关"
                "税，中方随即采取反制措施。此外，英伟达正面临中美两国监管机构的审查，"
                "其中包括中国反垄断机构对其2022年收购以色列网络安全公司Mellanox一事正在进行的调查。"
                "</p>"
                "<p>尽管面临上述挑战，黄仁勋重申英伟达将坚持在人工智能技术领域创新，"
                "并长期深耕中国市场。去年，该公司来自中国市场的营收约达170亿美元，"
                "凸显了该地区在英伟达全球业务战略中的重要地位。</p>"
                "<p>随着全球科技格局不断演变，黄仁勋此次访问表明，尽管地缘政治局势紧张，"
                "英伟达仍将继续在华开展业务，并在人工智能领域推动更深层次的合作。</p>"
            ),
        },
        "companies": ["shenzhen-east-space-light-technology"],
    },
    {
        "slug": "lanxin-tapes-out-industrial-power-management-chip",
        "category": "ic-news",
        "published": "2024-09-12T09:30:00+08:00",
        "dateline_place": {"en": "Changsha", "zh_hans": "长沙"},
        "title": {
            "en": (
                "Changsha Lanxin Microelectronics Tapes Out New Power Management Chip for "
                "Industrial Controllers"
            ),
            "zh_hans": "长沙蓝芯微电子面向工业控制器的新款电源管理芯片完成流片",
        },
        "summary": {
            "en": (
                "Member company Changsha Lanxin Microelectronics has completed the tape-out of a "
                "multi-channel power management chip designed for programmable logic controllers "
                "and industrial gateways."
            ),
            "zh_hans": (
                "会员单位长沙蓝芯微电子有限公司完成一款多通道电源管理芯片的流片，该芯片专为可编程逻"
                "辑控制器和工业网关设计。"
            ),
        },
        "body": {
            "en": (
                "<p>Changsha Lanxin Microelectronics, a vice-president unit of the association, "
                "announced that its latest multi-channel power management chip has completed "
                "tape-out. The device integrates four buck converters, two low-dropout regulators "
                "and a supervisory circuit in a single package, and is intended for programmable "
                "logic controllers, industrial gateways and motor control cabinets.</p>"
                "<p>According to the company, the chip supports a wide input voltage range and an "
                "operating temperature range of -40 °C to 125 °C, allowing equipment makers to "
                "simplify board layouts and use fewer discrete components. Engineering samples are "
                "expected to be available to customers in the fourth quarter.</p>"
                "<p>The company said it would work with PCB and assembly members of the "
                "association to develop reference boards, so that customers can evaluate the chip "
                "under real application conditions.</p>"
            ),
            "zh_hans": (
                "<p>协会副会长单位长沙蓝芯微电子有限公司宣布，其最新一款多通道电源管理芯片已完成流"
                "片。该芯片在单一封装内集成了4路降压转换器、2路低压差线性稳压器及监控电路，"
                "主要面向可编程逻辑控制器、工业网关和电机控制柜等应用。</p>"
                "<p>据公司介绍，该芯片支持宽输入电压范围，工作温度范围为-40 °C至125 °C，"
                "可帮助整机企业简化电路板布局、减少分立元件数量。工程样品预计将于第四季度向客户提供"
                "。</p>"
                "<p>公司表示，将与协会线路板及电子组装会员企业合作开发参考板，方便客户在实际应用条"
                "件下对芯片进行评估。</p>"
            ),
        },
        "companies": ["changsha-lanxin-microelectronics"],
    },
    {
        "slug": "association-holds-2024-council-meeting",
        "category": "association-news",
        "published": "2024-09-18T09:00:00+08:00",
        "dateline_place": {"en": "Changsha", "zh_hans": "长沙"},
        "title": {
            "en": "Association Holds 2024 Council Meeting in Changsha",
            "zh_hans": "协会2024年理事会会议在长沙召开",
        },
        "summary": {
            "en": (
                "The council reviewed the association's work in the first eight months of the year "
                "and approved plans for standards, training and member services."
            ),
            "zh_hans": (
                "理事会听取了协会今年前八个月的工作汇报，并审议通过了标准制定、培训和会员服务等方面"
                "的工作计划。"
            ),
        },
        "body": {
            "en": (
                "<p>The association held its 2024 council meeting in Changsha, attended by "
                "representatives of the president, vice-president and council member units. The "
                "meeting was chaired by the president unit, Hunan Xiangyun Circuit Technology.</p>"
                "<p>The secretariat reported on the work completed since January, including two "
                "training courses, a joint pavilion at a national electronics fair and the "
                "completion of a draft group standard on reliability testing for HDI boards. The "
                "council approved the work plan for the rest of the year and the admission of 14 "
                "new member units.</p>"
                "<p>Council members also discussed how to improve services for small and "
                "medium-sized members, for example by sharing testing resources and offering "
                "support with export compliance.</p>"
            ),
            "zh_hans": (
                "<p>协会2024年理事会会议在长沙召开，会长单位、副会长单位和理事单位代表出席会议。"
                "会议由会长单位湖南湘云电路科技有限公司主持。</p>"
                "<p>秘书处汇报了今年1月以来的工作情况，包括举办两期培训班、在全国性电子展会上组织联"
                "合展区，以及完成HDI板可靠性试验团体标准草案的编制。理事会审议通过了下一阶段工作计"
                "划，并同意接纳14家新会员单位。</p>"
                "<p>与会理事还就如何加强对中小会员企业的服务进行了讨论，如共享检测资源、"
                "提供出口合规支持等。</p>"
            ),
        },
        "companies": ["hunan-xiangyun-circuit-technology"],
    },
    {
        "slug": "pcb-makers-invest-in-ai-server-boards",
        "category": "industry-news",
        "published": "2024-09-25T10:00:00+08:00",
        "dateline_place": {"en": "Huizhou", "zh_hans": "惠州"},
        "title": {
            "en": "PCB Makers Step Up Investment in High-Layer-Count Boards for AI Servers",
            "zh_hans": "线路板企业加大AI服务器高多层板投资",
        },
        "summary": {
            "en": (
                "Member PCB manufacturers are expanding capacity for high-layer-count, low-loss "
                "boards as demand for AI servers and high-speed switches grows."
            ),
            "zh_hans": (
                "随着AI服务器和高速交换机需求增长，线路板会员企业正在扩大高多层、低损耗电路板产能。"
            ),
        },
        "body": {
            "en": (
                "<p>Several PCB members of the association are investing in new capacity for "
                "high-layer-count boards used in AI servers and high-speed network switches. These "
                "boards often have more than 20 layers, use low-loss materials and require tight "
                "control of impedance and layer-to-layer registration.</p>"
                "<p>Guangzhou Nanyue Interconnect Technology said it is adding vacuum lamination, "
                "back-drilling and automated inspection equipment, while Huizhou Jinghai Circuit "
                "is training its engineers to move from consumer boards to higher-end products.</p>"
                "<p>Industry observers note that the upgrade also brings challenges, including "
                "higher material costs, longer qualification cycles and a shortage of skilled "
                "process engineers.</p>"
            ),
            "zh_hans": (
                "<p>协会多家线路板会员企业正加大投资，扩充AI服务器和高速网络交换机用高多层板产能。"
                "此类电路板层数通常超过20层，采用低损耗材料，对阻抗和层间对准精度的控制要求很高。"
                "</p>"
                "<p>广州南粤互连科技有限公司表示，公司正在新增真空压合、背钻和自动检测设备；"
                "惠州景海电路有限公司则在加强工程师培训，推动产品由消费类电路板向中高端产品转型。"
                "</p>"
                "<p>业内人士指出，产品升级也面临不少挑战，包括材料成本上升、认证周期延长以及熟练工"
                "艺工程师短缺等。</p>"
            ),
        },
        "companies": ["guangzhou-nanyue-interconnect-technology", "huizhou-jinghai-circuit"],
    },
    {
        "slug": "chiplet-advanced-substrate-forum-shanghai",
        "category": "ic-news",
        "published": "2024-10-09T14:00:00+08:00",
        "dateline_place": {"en": "Shanghai", "zh_hans": "上海"},
        "title": {
            "en": (
                "Forum in Shanghai Examines Chiplet Integration and Advanced Packaging Substrates"
            ),
            "zh_hans": "上海论坛聚焦芯粒集成与先进封装基板",
        },
        "summary": {
            "en": (
                "Chip designers, substrate makers and packaging engineers met in Shanghai to "
                "discuss how chiplet architectures are changing the requirements for substrates "
                "and circuit boards."
            ),
            "zh_hans": (
                "芯片设计、基板制造和封装领域的工程师齐聚上海，探讨芯粒架构给封装基板和电路板带来的"
                "新要求。"
            ),
        },
        "body": {
            "en": (
                "<p>More than 150 engineers and managers attended a technical forum on chiplet "
                "integration and advanced packaging substrates in Shanghai, co-organized by the "
                "association and several partner organizations in the Yangtze River Delta. "
                "Speakers from member companies Zhuhai Haiyun Substrate Technology and Shanghai "
                "Pudong Xinjing Integrated Circuit Design shared their experience from recent "
                "projects.</p>"
                "<p>Participants agreed that splitting large chips into smaller dies connected "
                "inside one package places new demands on substrates: finer lines and spaces, more "
                "build-up layers, tighter warpage control and better signal integrity at high data "
                "rates.</p>"
                "<h2>Key takeaways</h2>"
                "<ul>"
                "<li>Chip designers and substrate makers should start working together at the "
                "architecture stage.</li>"
                "<li>A domestic supply of build-up films and low-loss materials remains a "
                "priority.</li>"
                "<li>Test and inspection methods for fine-line substrates need to be "
                "standardized.</li>"
                "</ul>"
            ),
            "zh_hans": (
                "<p>由协会与长三角地区多家合作机构联合主办的芯粒集成与先进封装基板技术论坛在上海举"
                "行，150余名工程师和企业管理人员参会。会员单位珠海海韵基板科技有限公司和上海浦东芯"
                "景集成电路设计有限公司的专家结合近期项目分享了实践经验。</p>"
                "<p>与会者一致认为，将大芯片拆分为多个小芯粒并在同一封装内互连，对基板提出了新的要"
                "求：更精细的线宽线距、更多的积层层数、更严格的翘曲控制，以及在高速率下更好的信号完"
                "整性。</p>"
                "<h2>主要观点</h2>"
                "<ul>"
                "<li>芯片设计企业与基板企业应在架构设计阶段就开展紧密合作。</li>"
                "<li>积层膜和低损耗材料的国产化供应仍是当务之急。</li>"
                "<li>精细线路基板的测试与检验方法亟待标准化。</li>"
                "</ul>"
            ),
        },
        "companies": ["zhuhai-haiyun-substrate-technology", "shanghai-pudong-xinjing-ic-design"],
    },
    {
        "slug": "group-standard-hdi-reliability-testing-published",
        "category": "policy",
        "published": "2024-10-16T10:00:00+08:00",
        "dateline_place": {"en": "Changsha", "zh_hans": "长沙"},
        "title": {
            "en": "Group Standard on HDI Board Reliability Testing Published",
            "zh_hans": "《高密度互连印制电路板可靠性试验方法》团体标准发布",
        },
        "summary": {
            "en": (
                "The association has published a group standard that sets out common reliability "
                "test methods for high-density interconnect boards."
            ),
            "zh_hans": "协会发布团体标准，统一高密度互连印制电路板的可靠性试验方法。",
        },
        "body": {
            "en": (
                "<p>The association has published a group standard titled Reliability Test Methods "
                "for High-Density Interconnect Printed Circuit Boards. The standard was drafted by "
                "a working group led by Hunan Xiangyun Circuit Technology and Xiangtan Zhicheng "
                "Testing Technology, with comments from more than 20 member companies.</p>"
                "<p>The standard specifies test conditions and acceptance criteria for thermal "
                "shock, interconnect stress testing, resistance to conductive anodic filament "
                "formation and microvia reliability. It is intended to reduce duplicate testing "
                "and to help suppliers and customers agree on requirements more quickly.</p>"
                "<p>The standard takes effect on January 1, 2025. Members can obtain the full text "
                "free of charge from the association secretariat.</p>"
            ),
            "zh_hans": (
                "<p>协会正式发布《高密度互连印制电路板可靠性试验方法》团体标准。该标准由湖南湘云电"
                "路科技有限公司和湘潭智诚检测技术有限公司牵头的工作组起草，20余家会员企业提出了修改"
                "意见。</p>"
                "<p>标准规定了热冲击、互连应力测试、耐导电阳极丝及微孔可靠性等试验的条件和判定准则"
                "，旨在减少重复测试，帮助供需双方更快地就技术要求达成一致。</p>"
                "<p>该标准自2025年1月1日起实施，会员单位可向协会秘书处免费索取标准全文。</p>"
            ),
        },
        "companies": ["hunan-xiangyun-circuit-technology", "xiangtan-zhicheng-testing-technology"],
    },
    {
        "slug": "member-survey-ic-design-automotive-demand",
        "category": "ic-news",
        "published": "2024-10-30T10:00:00+08:00",
        "dateline_place": {"en": "Shenzhen", "zh_hans": "深圳"},
        "title": {
            "en": (
                "Member Survey: IC Design Companies See Steady Demand from Automotive Electronics"
            ),
            "zh_hans": "会员调查：集成电路设计企业来自汽车电子的需求保持稳定",
        },
        "summary": {
            "en": (
                "An association survey of IC design members found that automotive and industrial "
                "customers were the most stable sources of orders in the third quarter of 2024."
            ),
            "zh_hans": (
                "协会对集成电路设计会员企业开展的调查显示，2024年第三季度汽车和工业客户是最稳定的订"
                "单来源。"
            ),
        },
        "body": {
            "en": (
                "<p>The results of the association's quarterly survey of IC design members were "
                "presented at a member meeting in Shenzhen. Covering 28 companies in Hunan, "
                "Guangdong and the Yangtze River Delta, the survey shows that automotive "
                "electronics and industrial control remained the most stable application markets "
                "in the third quarter of 2024. Orders from consumer electronics recovered slightly "
                "but stayed below expectations.</p>"
                "<p>Most respondents plan to keep research and development spending at or above "
                "current levels next year. The main concerns they raised were longer qualification "
                "cycles for automotive products, price pressure on mature-node chips and a "
                "shortage of experienced analog designers.</p>"
                "<p>The association will share the full survey report with participating members "
                "and use the results to plan its training courses for 2025.</p>"
            ),
            "zh_hans": (
                "<p>协会在深圳召开的会员座谈会上发布了集成电路设计会员企业季度调查结果。"
                "本次调查覆盖湖南、广东及长三角地区的28家企业。结果显示，2024年第三季度，"
                "汽车电子和工业控制仍是最稳定的应用市场；消费电子订单略有回暖，但仍低于预期。</p>"
                "<p>多数受访企业表示，明年将保持或加大研发投入。企业反映的主要问题包括："
                "车规产品认证周期较长、成熟制程芯片价格承压，以及经验丰富的模拟电路设计人才短缺。"
                "</p>"
                "<p>协会将向参与调查的会员单位提供完整的调查报告，并据此规划2025年的培训课程。</p>"
            ),
        },
        "companies": ["changsha-lanxin-microelectronics", "hangzhou-qiantang-semiconductor-design"],
    },
    {
        "slug": "laminate-suppliers-respond-to-copper-price-swings",
        "category": "industry-news",
        "published": "2024-11-06T09:30:00+08:00",
        "dateline_place": {"en": "Yiyang", "zh_hans": "益阳"},
        "title": {
            "en": "Laminate and Copper Foil Suppliers Respond to Copper Price Swings",
            "zh_hans": "覆铜板和铜箔企业积极应对铜价波动",
        },
        "summary": {
            "en": (
                "Materials members explained how they are managing volatile copper prices through "
                "pricing mechanisms, inventory control and closer planning with customers."
            ),
            "zh_hans": (
                "材料类会员企业介绍了通过价格联动机制、库存管控以及与客户加强计划协同来应对铜价波动"
                "的做法。"
            ),
        },
        "body": {
            "en": (
                "<p>Copper prices have fluctuated sharply over the past year, putting pressure on "
                "laminate and copper foil producers and on the PCB manufacturers that buy from "
                "them. At a materials forum held in Yiyang, members shared how they are "
                "responding:</p>"
                "<ul>"
                "<li>Linking part of the selling price to published copper prices every month</li>"
                "<li>Reducing finished-goods inventory and shortening production planning "
                "cycles</li>"
                "<li>Sharing quarterly demand forecasts with key customers</li>"
                "</ul>"
                "<p>Yiyang Qingshan Copper Clad Laminate and Ningbo Haishu Copper Foil said that "
                "open communication with customers had helped to avoid disputes. The association "
                "will continue to publish a monthly summary of raw material price trends for "
                "members.</p>"
            ),
            "zh_hans": (
                "<p>过去一年，铜价大幅波动，给覆铜板、铜箔生产企业及其下游线路板客户带来较大压力。"
                "在益阳举行的材料论坛上，会员企业交流了各自的应对措施：</p>"
                "<ul>"
                "<li>按月将部分售价与公开铜价挂钩</li>"
                "<li>压减成品库存，缩短生产计划周期</li>"
                "<li>与重点客户按季度共享需求预测</li>"
                "</ul>"
                "<p>益阳青山覆铜板有限公司和宁波海曙铜箔有限公司表示，与客户保持坦诚沟通有助于避免"
                "纠纷。协会将继续按月向会员发布原材料价格走势简报。</p>"
            ),
        },
        "companies": ["yiyang-qingshan-copper-clad-laminate", "ningbo-haishu-copper-foil"],
    },
    {
        "slug": "optoelectronics-members-co-packaged-optics-wuhan",
        "category": "ic-news",
        "published": "2024-11-20T15:30:00+08:00",
        "dateline_place": {"en": "Wuhan", "zh_hans": "武汉"},
        "title": {
            "en": "Optoelectronics Members Explore Co-Packaged Optics at Wuhan Workshop",
            "zh_hans": "光电会员企业在武汉研讨会上探讨光电共封装技术",
        },
        "summary": {
            "en": (
                "A workshop hosted by Wuhan Jiangcheng Photonics Devices looked at how co-packaged "
                "optics could reshape data center hardware and the boards that carry it."
            ),
            "zh_hans": (
                "由武汉江城光子器件有限公司承办的研讨会探讨了光电共封装技术将如何改变数据中心硬件及"
                "其所用电路板。"
            ),
        },
        "body": {
            "en": (
                "<p>Wuhan Jiangcheng Photonics Devices hosted a one-day workshop for the "
                "association's optoelectronics and PCB members on co-packaged optics, a technology "
                "that places optical engines right next to switch chips to cut power consumption "
                "in data centers.</p>"
                "<p>Engineers from Shenzhen East Space Light Technology and other members "
                "discussed thermal design, fiber attachment and the high-frequency board materials "
                "such systems require. Several participants noted that co-packaged optics is still "
                "at an early stage, but that suppliers should start building the necessary process "
                "capabilities now.</p>"
                "<p>The workshop ended with a tour of the host company's optical module assembly "
                "and test lines.</p>"
            ),
            "zh_hans": (
                "<p>武汉江城光子器件有限公司为协会光电子及线路板会员企业举办了为期一天的光电共封装"
                "技术研讨会。该技术将光引擎紧邻交换芯片封装，可有效降低数据中心的功耗。</p>"
                "<p>来自深圳东方空间光电科技有限公司等会员单位的工程师围绕热设计、"
                "光纤耦合以及此类系统所需的高频板材展开讨论。多位与会者指出，光电共封装技术尚处于起"
                "步阶段，但供应链企业应从现在开始积累相关工艺能力。</p>"
                "<p>研讨会最后，与会人员参观了承办企业的光模块组装和测试产线。</p>"
            ),
        },
        "companies": ["wuhan-jiangcheng-photonics-devices", "shenzhen-east-space-light-technology"],
    },
    {
        "slug": "pcb-visual-inspection-acceptability-training",
        "category": "association-news",
        "published": "2024-12-04T09:00:00+08:00",
        "dateline_place": {"en": "Changsha", "zh_hans": "长沙"},
        "title": {
            "en": "Training Course on PCB Visual Inspection and Acceptability Criteria",
            "zh_hans": "印制电路板外观检验与验收标准培训班成功举办",
        },
        "summary": {
            "en": (
                "Forty-five quality inspectors from member companies completed a three-day course "
                "on PCB visual inspection and acceptability criteria."
            ),
            "zh_hans": (
                "来自会员企业的45名质检人员完成了为期三天的印制电路板外观检验与验收标准培训。"
            ),
        },
        "body": {
            "en": (
                "<p>The association organized a three-day training course in Changsha on visual "
                "inspection and acceptability criteria for printed circuit boards. Forty-five "
                "quality inspectors and process engineers from member companies took part.</p>"
                "<p>Instructors from Xiangtan Zhicheng Testing Technology covered common defects "
                "in plating, solder mask, legends and surface finishes, as well as the evaluation "
                "of cross-sections. Participants practiced with real samples and microscopes and "
                "took a written and practical examination at the end of the course.</p>"
                "<p>Participants who passed the examination received a certificate of completion "
                "issued by the association. The course will be offered again next spring.</p>"
            ),
            "zh_hans": (
                "<p>协会在长沙举办为期三天的印制电路板外观检验与验收标准培训班，"
                "来自会员企业的45名质检人员和工艺工程师参加培训。</p>"
                "<p>湘潭智诚检测技术有限公司的讲师系统讲解了镀层、阻焊、字符和表面处理中的常见缺陷"
                "以及切片评价方法。学员们使用实物样品和显微镜进行了实操练习，并在课程结束时参加了理"
                "论和实操考核。</p>"
                "<p>考核合格的学员获得协会颁发的结业证书。该课程计划于明年春季再次开班。</p>"
            ),
        },
        "companies": ["xiangtan-zhicheng-testing-technology"],
    },
    {
        "slug": "risc-v-microcontrollers-regional-design-houses",
        "category": "ic-news",
        "published": "2024-12-11T09:00:00+08:00",
        "dateline_place": {"en": "Hangzhou", "zh_hans": "杭州"},
        "title": {
            "en": "RISC-V Microcontrollers Gain Ground Among Regional Design Houses",
            "zh_hans": "RISC-V微控制器在区域芯片设计企业中加速普及",
        },
        "summary": {
            "en": (
                "Member companies report growing customer interest in RISC-V microcontrollers for "
                "smart meters, home appliances and industrial sensors."
            ),
            "zh_hans": (
                "会员企业反映，智能表计、家电和工业传感器客户对基于RISC-V架构的微控制器兴趣日益浓厚"
                "。"
            ),
        },
        "body": {
            "en": (
                "<p>At an exchange meeting in Hangzhou, IC design members shared their progress in "
                "developing microcontrollers based on the open RISC-V instruction set "
                "architecture. Hangzhou Qiantang Semiconductor Design said that more than half of "
                "the microcontroller projects it started in 2024 use RISC-V cores.</p>"
                "<p>Speakers said the open architecture lowers licensing costs and makes it easier "
                "to add custom instructions for tasks such as metering and motor control. At the "
                "same time, they stressed that software tools, real-time operating systems and "
                "long-term support are still decisive in winning customers.</p>"
                "<p>Participants proposed setting up a shared library of reference designs and "
                "board layouts so that appliance and meter makers in Hunan can evaluate new chips "
                "more quickly.</p>"
            ),
            "zh_hans": (
                "<p>在杭州举行的交流会上，集成电路设计会员企业介绍了基于开放RISC-V指令集架构的微控"
                "制器研发进展。杭州钱塘半导体设计有限公司表示，公司2024年新立项的微控制器项目中，"
                "超过一半采用RISC-V内核。</p>"
                "<p>发言嘉宾认为，开放架构降低了授权成本，也便于针对计量、电机控制等任务增加自定义"
                "指令。同时他们强调，软件工具、实时操作系统和长期技术支持仍是赢得客户的关键。</p>"
                "<p>与会企业提议建立共享的参考设计和电路板布局资源库，帮助湖南的家电和仪表企业更快"
                "地评估新芯片。</p>"
            ),
        },
        "companies": ["hangzhou-qiantang-semiconductor-design"],
    },
    {
        "slug": "gusu-microsystems-opens-mems-sensor-test-line",
        "category": "ic-news",
        "published": "2025-01-08T11:00:00+08:00",
        "dateline_place": {"en": "Suzhou", "zh_hans": "苏州"},
        "title": {
            "en": "Suzhou Gusu Microsystems Opens New MEMS Sensor Calibration and Test Line",
            "zh_hans": "苏州姑苏微系统新建MEMS传感器校准测试线投入使用",
        },
        "summary": {
            "en": (
                "Council member Suzhou Gusu Microsystems has put into operation a calibration and "
                "test line that triples its capacity for pressure and inertial sensors."
            ),
            "zh_hans": (
                "理事单位苏州姑苏微系统有限公司新建的校准测试线正式投用，压力及惯性传感器测试产能提"
                "升至原来的三倍。"
            ),
        },
        "body": {
            "en": (
                "<p>Suzhou Gusu Microsystems, a council member of the association, has opened a "
                "new calibration and test line for MEMS pressure and inertial sensors at its site "
                "in Suzhou Industrial Park. The line triples the company's test capacity and "
                "shortens delivery times for automotive and industrial customers.</p>"
                "<p>The line uses multi-station temperature chambers and automated handlers to "
                "calibrate sensors across their full operating range. The test data for every "
                "device is stored and linked to its production lot, meeting the traceability "
                "requirements of the automotive industry.</p>"
                "<p>The company said part of the new capacity will be offered as a service to "
                "other sensor designers, including members of the association.</p>"
            ),
            "zh_hans": (
                "<p>协会理事单位苏州姑苏微系统有限公司在苏州工业园区新建的MEMS压力及惯性传感器校准"
                "测试线正式投入使用。新产线使公司测试产能提升至原来的三倍，缩短了面向汽车和工业客户"
                "的交付周期。</p>"
                "<p>该产线采用多工位温箱和自动分选设备，可在传感器的全工作温度范围内进行校准。"
                "每颗器件的测试数据均被保存并与生产批次关联，满足汽车行业的可追溯性要求。</p>"
                "<p>公司表示，新增产能中的一部分将以测试服务的形式向其他传感器设计企业开放，"
                "其中包括协会会员单位。</p>"
            ),
        },
        "companies": ["suzhou-gusu-microsystems"],
    },
    {
        "slug": "annual-meeting-and-new-year-gathering-2025",
        "category": "association-news",
        "published": "2025-01-15T15:00:00+08:00",
        "dateline_place": {"en": "Changsha", "zh_hans": "长沙"},
        "title": {
            "en": "Association Holds 2025 Annual Meeting and New Year Gathering",
            "zh_hans": "协会召开2025年年会暨新春联谊会",
        },
        "summary": {
            "en": (
                "More than 400 guests attended the association's annual meeting, which reviewed "
                "the work of 2024, recognized outstanding members and set out priorities for 2025."
            ),
            "zh_hans": (
                "协会年会吸引400余位嘉宾参加，会议回顾了2024年工作，表彰了优秀会员单位，"
                "并部署了2025年重点工作。"
            ),
        },
        "body": {
            "en": (
                "<p>The association held its 2025 annual meeting and New Year gathering in "
                "Changsha, attended by more than 400 representatives of member companies, research "
                "institutes and partner organizations.</p>"
                "<p>Hunan Xiangyun Circuit Technology, the president unit, delivered the work "
                "report on behalf of the council. In 2024 the association organized 18 training "
                "courses and events, published one group standard and welcomed 31 new members.</p>"
                "<h2>Awards</h2>"
                "<p>Ten companies were named outstanding member units for their contributions to "
                "technology innovation, green manufacturing and industry cooperation. The evening "
                "program included performances by employees of member companies.</p>"
            ),
            "zh_hans": (
                "<p>协会2025年年会暨新春联谊会在长沙举行，会员企业、科研院所及合作机构的400余位代表"
                "出席。</p>"
                "<p>会长单位湖南湘云电路科技有限公司代表理事会作工作报告。2024年，"
                "协会共组织培训和各类活动18场，发布团体标准1项，新发展会员31家。</p>"
                "<h2>表彰</h2>"
                "<p>会议授予10家在技术创新、绿色制造和产业协作方面作出突出贡献的企业“优秀会员单位"
                "”称号。晚会上，会员企业员工带来了精彩的文艺节目。</p>"
            ),
        },
        "companies": ["hunan-xiangyun-circuit-technology"],
    },
    {
        "slug": "equipment-makers-report-automation-inspection-orders",
        "category": "industry-news",
        "published": "2025-01-22T10:00:00+08:00",
        "dateline_place": {"en": "Dongguan", "zh_hans": "东莞"},
        "title": {
            "en": "Equipment Makers Report Rising Orders for Automation and Inspection Systems",
            "zh_hans": "设备企业自动化及检测系统订单增长",
        },
        "summary": {
            "en": (
                "Equipment members say PCB and assembly plants are investing in automated "
                "handling, optical inspection and data systems to build smarter factories."
            ),
            "zh_hans": (
                "设备类会员企业表示，线路板和电子组装工厂正加大对自动化搬运、光学检测和数据系统的投"
                "入，加快建设智能工厂。"
            ),
        },
        "body": {
            "en": (
                "<p>Equipment members of the association report that orders for automated material "
                "handling, optical inspection and production data systems rose during 2024. "
                "Customers are using these systems to reduce labor costs, improve yields and meet "
                "traceability requirements from automotive and server customers.</p>"
                "<p>Dongguan Songhu Precision Equipment said demand for automated optical "
                "inspection and laser drilling equipment was particularly strong, while Wuxi Taihu "
                "Inspection Equipment pointed to growing interest in solder paste inspection "
                "linked to closed-loop control of printing machines.</p>"
                "<p>Both companies noted that successful projects depend on clear data standards "
                "and on training operators and maintenance staff.</p>"
            ),
            "zh_hans": (
                "<p>协会设备类会员企业反映，2024年自动化物料搬运、光学检测及生产数据系统的订单有所"
                "增长。客户希望借助这些系统降低人工成本、提高良率，并满足汽车和服务器客户的可追溯性"
                "要求。</p>"
                "<p>东莞松湖精密设备有限公司表示，自动光学检测设备和激光钻孔设备需求尤为旺盛；"
                "无锡太湖检测设备有限公司则指出，与印刷机闭环控制联动的锡膏检测系统越来越受到客户关"
                "注。</p>"
                "<p>两家企业均表示，项目能否取得成功，取决于清晰的数据标准以及对操作和维护人员的培"
                "训。</p>"
            ),
        },
        "companies": ["dongguan-songhu-precision-equipment", "wuxi-taihu-inspection-equipment"],
    },
    {
        "slug": "hunan-ic-members-review-2024-outlook-2025",
        "category": "ic-news",
        "published": "2025-02-19T10:00:00+08:00",
        "dateline_place": {"en": "Changsha", "zh_hans": "长沙"},
        "title": {
            "en": "Hunan IC Members Review 2024 and Look Ahead to 2025",
            "zh_hans": "湖南集成电路会员企业回顾2024、展望2025",
        },
        "summary": {
            "en": (
                "At a review meeting in Changsha, IC members reported higher sales in 2024 and "
                "named talent, testing capacity and local supply chains as priorities for 2025."
            ),
            "zh_hans": (
                "在长沙召开的年度总结会上，集成电路会员企业表示2024年销售额实现增长，并将人才、"
                "测试能力和本地供应链列为2025年的工作重点。"
            ),
        },
        "body": {
            "en": (
                "<p>The association's IC committee held its annual review meeting in Changsha, "
                "bringing together representatives of 35 design, packaging, equipment and testing "
                "companies. Most companies reported higher sales in 2024 than in the previous "
                "year, driven by demand from industrial control, new energy and automotive "
                "customers.</p>"
                "<h2>Priorities for 2025</h2>"
                "<ul>"
                "<li>Attracting and training analog, power and verification engineers</li>"
                "<li>Expanding local testing and reliability analysis capacity</li>"
                "<li>Strengthening links between chip designers and Hunan's PCB and assembly "
                "companies</li>"
                "</ul>"
                "<p>During the year the committee will organize matchmaking events between chip "
                "suppliers and equipment makers in the province.</p>"
            ),
            "zh_hans": (
                "<p>协会集成电路专业委员会在长沙召开年度总结会，来自设计、封装、"
                "设备和测试领域的35家企业代表参加。多数企业表示，受工业控制、新能源和汽车客户需求带"
                "动，2024年销售额较上年有所增长。</p>"
                "<h2>2025年工作重点</h2>"
                "<ul>"
                "<li>引进和培养模拟、功率及验证工程师</li>"
                "<li>扩大本地测试和可靠性分析能力</li>"
                "<li>加强芯片设计企业与湖南线路板、电子组装企业的对接</li>"
                "</ul>"
                "<p>专委会将于年内组织省内芯片供应商与整机企业开展供需对接活动。</p>"
            ),
        },
        "companies": [
            "changsha-lanxin-microelectronics",
            "changsha-xingchen-semiconductor-equipment",
        ],
    },
    {
        "slug": "guide-to-support-policies-for-electronics-manufacturers",
        "category": "policy",
        "published": "2025-02-26T09:30:00+08:00",
        "dateline_place": {"en": "Changsha", "zh_hans": "长沙"},
        "title": {
            "en": "Association Publishes Guide to Support Policies for Electronics Manufacturers",
            "zh_hans": "协会编印电子制造企业惠企政策指南",
        },
        "summary": {
            "en": (
                "A new guide compiled by the secretariat summarizes national and provincial "
                "policies on technology upgrading, tax incentives and talent that are relevant to "
                "members."
            ),
            "zh_hans": (
                "秘书处新编的指南梳理了与会员单位相关的国家和省级技术改造、税收优惠及人才政策。"
            ),
        },
        "body": {
            "en": (
                "<p>The association secretariat has compiled a guide to support policies for "
                "electronics manufacturers, summarizing national and provincial measures for which "
                "members may be eligible.</p>"
                "<h2>What the guide covers</h2>"
                "<ul>"
                "<li>Funding for technology upgrading and equipment renewal projects</li>"
                "<li>Additional tax deductions for research and development expenses and "
                "incentives for high-tech enterprises</li>"
                "<li>Support for specialized and innovative small and medium-sized enterprises</li>"
                "<li>Subsidies for talent recruitment and vocational training</li>"
                "</ul>"
                "<p>For each measure, the guide lists the eligibility conditions, application "
                "periods and responsible departments. Because policies change frequently, members "
                "are advised to confirm the details with the relevant authorities before applying. "
                "The guide will be updated twice a year.</p>"
            ),
            "zh_hans": (
                "<p>协会秘书处编印了《电子制造企业惠企政策指南》，梳理了会员单位可能符合申报条件的"
                "国家和省级扶持政策。</p>"
                "<h2>指南主要内容</h2>"
                "<ul>"
                "<li>技术改造和设备更新项目资金支持</li>"
                "<li>研发费用加计扣除及高新技术企业税收优惠</li>"
                "<li>专精特新中小企业扶持政策</li>"
                "<li>人才引进和职业技能培训补贴</li>"
                "</ul>"
                "<p>指南对每项政策均列明了申报条件、申报时间和主管部门。由于政策调整较为频繁，"
                "建议会员单位在申报前向有关部门核实具体要求。指南将每半年更新一次。</p>"
            ),
        },
        "companies": [],
    },
    {
        "slug": "ic-substrate-supply-chain-meeting-zhuhai",
        "category": "ic-news",
        "published": "2025-03-05T14:30:00+08:00",
        "dateline_place": {"en": "Zhuhai", "zh_hans": "珠海"},
        "title": {
            "en": "Substrate Makers and Chip Designers Discuss IC Substrate Supply in Zhuhai",
            "zh_hans": "基板企业与芯片设计企业在珠海共商IC载板供应",
        },
        "summary": {
            "en": (
                "A supply chain meeting hosted by Zhuhai Haiyun Substrate Technology focused on "
                "capacity, lead times and the localization of materials for IC packaging "
                "substrates."
            ),
            "zh_hans": (
                "由珠海海韵基板科技有限公司承办的供应链座谈会围绕IC封装基板的产能、"
                "交期和材料本土化展开讨论。"
            ),
        },
        "body": {
            "en": (
                "<p>Zhuhai Haiyun Substrate Technology hosted a supply chain meeting attended by "
                "chip designers, packaging houses and material suppliers from the association and "
                "partner organizations. Participants exchanged views on capacity plans, lead times "
                "and quality requirements for BT and build-up substrates.</p>"
                "<p>Substrate makers said demand for memory and radio frequency substrates had "
                "improved, while customers asked for more predictable lead times and earlier "
                "involvement in design reviews. Material suppliers presented progress on locally "
                "produced resins, copper foil and dry film.</p>"
                "<p>The meeting agreed to hold regular exchanges between substrate makers and "
                "design houses in Guangdong and Hunan.</p>"
            ),
            "zh_hans": (
                "<p>珠海海韵基板科技有限公司承办了一场供应链座谈会，来自协会及合作机构的芯片设计企"
                "业、封测企业和材料供应商参加。与会各方就BT基板和积层基板的产能规划、"
                "交货周期及质量要求交换了意见。</p>"
                "<p>基板企业表示，存储和射频类基板需求有所回升；客户则希望交期更可预期，"
                "并希望基板企业更早参与设计评审。材料供应商介绍了国产树脂、铜箔和干膜的最新进展。"
                "</p>"
                "<p>会议商定，今后将定期组织广东、湖南两地的基板企业与芯片设计企业开展交流。</p>"
            ),
        },
        "companies": ["zhuhai-haiyun-substrate-technology", "ningbo-haishu-copper-foil"],
    },
    {
        "slug": "delegation-visits-shenzhen-dongguan-members",
        "category": "association-news",
        "published": "2025-03-19T10:00:00+08:00",
        "dateline_place": {"en": "Shenzhen", "zh_hans": "深圳"},
        "title": {
            "en": "Association Delegation Visits Members in Shenzhen and Dongguan",
            "zh_hans": "协会代表团走访深圳、东莞会员企业",
        },
        "summary": {
            "en": (
                "A delegation of Hunan member companies visited optoelectronics and equipment "
                "members in Shenzhen and Dongguan to explore supply chain cooperation."
            ),
            "zh_hans": (
                "由湖南会员企业组成的代表团走访深圳、东莞的光电和设备类会员企业，探讨供应链合作。"
            ),
        },
        "body": {
            "en": (
                "<p>A delegation of 20 representatives of Hunan member companies, led by the "
                "association secretariat, visited member companies in Shenzhen and Dongguan from "
                "March 17 to 19.</p>"
                "<p>At Shenzhen East Space Light Technology, the delegation toured display module "
                "production lines and discussed the supply of driver boards and flexible circuits "
                "from Hunan. At Dongguan Songhu Precision Equipment, participants watched "
                "demonstrations of laser drilling and automated inspection systems.</p>"
                "<p>The visit is part of the association's efforts to strengthen industrial "
                "cooperation between Hunan and the Guangdong-Hong Kong-Macao Greater Bay Area. The "
                "secretariat will arrange follow-up meetings for interested companies.</p>"
            ),
            "zh_hans": (
                "<p>3月17日至19日，协会秘书处带领由湖南会员企业20名代表组成的代表团，走访了深圳、"
                "东莞两地的会员企业。</p>"
                "<p>在深圳东方空间光电科技有限公司，代表团参观了显示模组生产线，并就湖南企业供应驱"
                "动板和柔性线路板进行了洽谈。在东莞松湖精密设备有限公司，代表们观看了激光钻孔和自动"
                "检测系统的现场演示。</p>"
                "<p>此次走访是协会推动湖南与粤港澳大湾区产业合作的举措之一。秘书处将为有意向的企业"
                "安排后续对接。</p>"
            ),
        },
        "companies": [
            "shenzhen-east-space-light-technology",
            "dongguan-songhu-precision-equipment",
        ],
    },
    {
        "slug": "members-showcase-at-shanghai-semiconductor-exhibition",
        "category": "ic-news",
        "published": "2025-03-26T09:30:00+08:00",
        "dateline_place": {"en": "Shanghai", "zh_hans": "上海"},
        "title": {
            "en": (
                "Members Showcase Equipment and Test Solutions at Shanghai Semiconductor Exhibition"
            ),
            "zh_hans": "协会会员企业亮相上海半导体展，展示设备与测试方案",
        },
        "summary": {
            "en": (
                "Eleven member companies exhibited together in a joint association pavilion at a "
                "major semiconductor exhibition in Shanghai."
            ),
            "zh_hans": "11家会员企业以协会联合展团形式亮相上海一场大型半导体展会。",
        },
        "body": {
            "en": (
                "<p>The association organized a joint pavilion at a major semiconductor exhibition "
                "in Shanghai, where eleven member companies presented wafer processing equipment, "
                "test instruments, sensors and packaging materials.</p>"
                "<p>Changsha Xingchen Semiconductor Equipment showed its latest single-wafer "
                "cleaning system, while Shanghai Songjiang Precision Measurement Instruments "
                "demonstrated an automated impedance test station. Exhibitors reported strong "
                "interest from visitors from the Yangtze River Delta and from overseas buyers.</p>"
                "<p>The association thanked the exhibitors for taking part and will continue to "
                "organize joint pavilions at key trade fairs to help members lower their costs and "
                "raise their profile.</p>"
            ),
            "zh_hans": (
                "<p>协会在上海举办的一场大型半导体展会上组织了联合展区，11家会员企业集中展示了晶圆"
                "加工设备、测试仪器、传感器和封装材料等产品。</p>"
                "<p>长沙星辰半导体设备有限公司展出了最新的单片晶圆清洗系统，上海松江精测仪器有限公"
                "司现场演示了自动化阻抗测试工作站。参展企业表示，展会期间吸引了大量长三角地区观众和"
                "海外采购商的关注。</p>"
                "<p>协会对参展企业表示感谢，今后将继续在重点展会上组织联合展团，帮助会员降低参展成"
                "本、提升品牌影响力。</p>"
            ),
        },
        "companies": [
            "changsha-xingchen-semiconductor-equipment",
            "shanghai-songjiang-precision-measurement-instruments",
        ],
    },
    {
        "slug": "members-cut-water-use-in-wet-processes",
        "category": "industry-news",
        "published": "2025-04-02T10:30:00+08:00",
        "dateline_place": {"en": "Changde", "zh_hans": "常德"},
        "title": {
            "en": "Members Cut Water Use and Discharge in PCB Wet Processes",
            "zh_hans": "会员企业降低线路板湿制程用水量和废水排放",
        },
        "summary": {
            "en": (
                "PCB and chemical members shared practical measures that have reduced water "
                "consumption and wastewater discharge in plating and etching lines."
            ),
            "zh_hans": (
                "线路板和化学品会员企业分享了在电镀、蚀刻产线降低用水量和废水排放的实用做法。"
            ),
        },
        "body": {
            "en": (
                "<p>At a green manufacturing exchange in Changde, PCB and chemical members "
                "presented projects that reduced water consumption and wastewater discharge in wet "
                "processes such as plating, etching and cleaning.</p>"
                "<p>Chenzhou Huaxin Circuit Board reported that counter-current rinsing and online "
                "monitoring had cut water use per square meter of board by about a quarter. "
                "Changde Ruitai Electronic Materials described formulations with a longer bath "
                "life, which reduce the frequency of bath changes and the volume of waste "
                "liquid.</p>"
                "<p>The association will compile the cases into a practical guide for members and "
                "organize site visits to companies with proven results.</p>"
            ),
            "zh_hans": (
                "<p>在常德举行的绿色制造交流会上，线路板和化学品会员企业介绍了在电镀、"
                "蚀刻和清洗等湿制程中降低用水量和废水排放的项目。</p>"
                "<p>郴州华鑫线路板有限公司表示，通过采用逆流漂洗和在线监测，公司单位面积电路板用水"
                "量下降约四分之一。常德瑞泰电子材料有限公司介绍了使用寿命更长的药水配方，"
                "可减少换槽频次和废液产生量。</p>"
                "<p>协会将把交流案例汇编成实用指南供会员参考，并组织会员到成效显著的企业实地参观。"
                "</p>"
            ),
        },
        "companies": ["chenzhou-huaxin-circuit-board", "changde-ruitai-electronic-materials"],
    },
    {
        "slug": "briefing-on-electroplating-wastewater-compliance",
        "category": "policy",
        "published": "2025-05-07T10:00:00+08:00",
        "dateline_place": {"en": "Changsha", "zh_hans": "长沙"},
        "title": {
            "en": (
                "Briefing Helps Members Prepare for Stricter Electroplating Wastewater Requirements"
            ),
            "zh_hans": "协会举办宣讲会，助力会员应对更严格的电镀废水管理要求",
        },
        "summary": {
            "en": (
                "Environmental specialists briefed PCB and surface finishing members on wastewater "
                "discharge permits, monitoring and record-keeping requirements."
            ),
            "zh_hans": (
                "环保专家向线路板及表面处理会员企业讲解了废水排污许可、监测和台账管理等方面的要求。"
            ),
        },
        "body": {
            "en": (
                "<p>The association held a briefing in Changsha on environmental compliance for "
                "electroplating and PCB wastewater, attended by environmental managers from more "
                "than 50 member companies.</p>"
                "<p>Specialists explained the requirements for discharge permits, online "
                "monitoring of heavy metals, hazardous waste management and record-keeping, and "
                "reviewed common problems found during inspections. Changde Ruitai Electronic "
                "Materials shared its experience in helping customers reduce nickel and copper "
                "concentrations in wastewater.</p>"
                "<p>The association reminded members that local requirements may be stricter than "
                "national standards and encouraged them to review their permits and monitoring "
                "plans well in advance.</p>"
            ),
            "zh_hans": (
                "<p>协会在长沙举办电镀及线路板废水环保合规宣讲会，50余家会员企业的环保负责人参加。"
                "</p>"
                "<p>专家讲解了排污许可、重金属在线监测、危险废物管理及台账记录等方面的要求，"
                "并梳理了执法检查中发现的常见问题。常德瑞泰电子材料有限公司分享了帮助客户降低废水中"
                "镍、铜浓度的经验。</p>"
                "<p>协会提醒会员单位，地方要求可能严于国家标准，建议企业尽早对照检查排污许可证及监"
                "测方案。</p>"
            ),
        },
        "companies": ["changde-ruitai-electronic-materials"],
    },
    {
        "slug": "chip-package-board-co-design-workshop",
        "category": "ic-news",
        "published": "2025-05-14T14:00:00+08:00",
        "dateline_place": {"en": "Changsha", "zh_hans": "长沙"},
        "title": {
            "en": "Workshop Helps Engineers Master Chip, Package and Board Co-Design",
            "zh_hans": "芯片、封装与电路板协同设计研修班在长沙举办",
        },
        "summary": {
            "en": (
                "A two-day workshop in Changsha trained 60 engineers to consider chip, package and "
                "PCB design together when solving signal and power integrity problems."
            ),
            "zh_hans": (
                "为期两天的研修班在长沙举办，培训60名工程师统筹考虑芯片、封装和电路板设计，"
                "解决信号完整性与电源完整性问题。"
            ),
        },
        "body": {
            "en": (
                "<p>The association held a two-day workshop on chip, package and board co-design "
                "in Changsha, attended by 60 hardware, layout and IC engineers from member "
                "companies.</p>"
                "<p>Instructors from Changsha Lanxin Microelectronics and Zhuzhou Hengrui "
                "Precision Circuits explained how decisions at each level affect signal integrity, "
                "power integrity and thermal performance. Participants worked through case "
                "studies, including a high-current power stage and a high-speed memory "
                "interface.</p>"
                "<p>Feedback from participants was positive, and the association plans to offer an "
                "advanced course on simulation tools later in the year.</p>"
            ),
            "zh_hans": (
                "<p>协会在长沙举办为期两天的芯片、封装与电路板协同设计研修班，来自会员企业的60名硬"
                "件、布线及芯片工程师参加学习。</p>"
                "<p>来自长沙蓝芯微电子有限公司和株洲恒锐精密线路有限公司的讲师讲解了各层级设计决策"
                "对信号完整性、电源完整性和散热性能的影响。学员们结合大电流功率级、"
                "高速存储接口等案例进行了实操练习。</p>"
                "<p>学员普遍反映收获良多。协会计划于今年下半年开设仿真工具高级课程。</p>"
            ),
        },
        "companies": ["changsha-lanxin-microelectronics", "zhuzhou-hengrui-precision-circuits"],
    },
    {
        "slug": "western-china-ic-pcb-exchange-chengdu",
        "category": "ic-news",
        "published": "2025-05-28T10:30:00+08:00",
        "dateline_place": {"en": "Chengdu", "zh_hans": "成都"},
        "title": {
            "en": "Chengdu Exchange Connects IC and PCB Companies in Western and Central China",
            "zh_hans": "成都交流会推动中西部集成电路与线路板企业对接",
        },
        "summary": {
            "en": (
                "Members from Sichuan, Hunan and Hubei met in Chengdu to explore cooperation in "
                "high-reliability electronics for aerospace, instrumentation and medical equipment."
            ),
            "zh_hans": (
                "来自四川、湖南和湖北的会员企业齐聚成都，探讨在航空航天、仪器仪表和医疗设备等高可靠"
                "性电子领域的合作。"
            ),
        },
        "body": {
            "en": (
                "<p>An exchange meeting in Chengdu brought together IC design, PCB and assembly "
                "companies from Sichuan, Hunan and Hubei. Hosted by council member Chengdu Jinsha "
                "Circuit Technology, the meeting focused on high-reliability electronics for "
                "aerospace, instrumentation and medical equipment.</p>"
                "<p>Participants discussed qualification requirements, small-batch production and "
                "the long product life cycles typical of these markets. Several companies signed "
                "letters of intent for joint development projects.</p>"
            ),
            "zh_hans": (
                "<p>一场集成电路与电子制造交流会在成都举行，来自四川、湖南和湖北的芯片设计、"
                "线路板及电子组装企业参加。本次会议由理事单位成都金沙电路科技有限公司承办，"
                "聚焦航空航天、仪器仪表和医疗设备等高可靠性电子领域。</p>"
                "<p>与会企业围绕产品资质认证要求、小批量生产以及这些市场特有的长生命周期等问题进行"
                "了交流，多家企业现场签署了联合开发意向书。</p>"
            ),
        },
        "companies": [
            "chengdu-jinsha-circuit-technology",
            "mianyang-fujiang-electronic-components",
        ],
    },
    {
        "slug": "association-welcomes-new-members-first-half-2025",
        "category": "association-news",
        "published": "2025-06-04T10:00:00+08:00",
        "dateline_place": {"en": "Changsha", "zh_hans": "长沙"},
        "title": {
            "en": "Association Welcomes 12 New Member Units in the First Half of 2025",
            "zh_hans": "协会2025年上半年新增12家会员单位",
        },
        "summary": {
            "en": (
                "Twelve companies from Hunan and other provinces joined the association in the "
                "first half of 2025, bringing the total to about 300 member units."
            ),
            "zh_hans": "2025年上半年，来自湖南及外省的12家企业加入协会，会员单位总数达到约300家。",
        },
        "body": {
            "en": (
                "<p>Twelve companies joined the association in the first half of 2025, including "
                "PCB manufacturers, assembly plants, material suppliers and a testing laboratory. "
                "The new members come from Hunan, Jiangxi, Sichuan and Guangdong.</p>"
                "<p>Among them are Ji'an Luling Electronics, which produces boards for power "
                "adapters and LED drivers, and Mianyang Fujiang Electronic Components, which "
                "assembles power modules for energy storage and home appliance customers.</p>"
                "<p>New members are invited to an orientation session at the secretariat, where "
                "they learn about the association's services, committees and upcoming events.</p>"
            ),
            "zh_hans": (
                "<p>2025年上半年，共有12家企业加入协会，涵盖线路板制造、电子组装、"
                "材料供应和检测实验室等领域，分别来自湖南、江西、四川和广东。</p>"
                "<p>其中包括为电源适配器和LED驱动生产电路板的吉安庐陵电子有限公司，"
                "以及为储能和家电客户组装电源模块的绵阳涪江电子元器件有限公司。</p>"
                "<p>协会秘书处将为新会员举办入会说明会，介绍协会的服务内容、专业委员会设置及近期活"
                "动安排。</p>"
            ),
        },
        "companies": ["jian-luling-electronics", "mianyang-fujiang-electronic-components"],
    },
    {
        "slug": "east-space-light-micro-led-driver-evaluation-kit",
        "category": "ic-news",
        "published": "2025-06-11T09:00:00+08:00",
        "dateline_place": {"en": "Shenzhen", "zh_hans": "深圳"},
        "title": {
            "en": "Shenzhen East Space Light Technology Launches Micro-LED Driver Evaluation Kit",
            "zh_hans": "深圳东方空间光电推出Micro LED驱动评估套件",
        },
        "summary": {
            "en": (
                "Vice-president unit Shenzhen East Space Light Technology has released an "
                "evaluation kit that lets display makers test its new micro-LED driver chips on a "
                "ready-made board."
            ),
            "zh_hans": (
                "副会长单位深圳东方空间光电科技有限公司发布一款评估套件，显示屏企业可借助现成的电路"
                "板测试其新款Micro LED驱动芯片。"
            ),
        },
        "body": {
            "en": (
                "<p>Shenzhen East Space Light Technology, a vice-president unit of the "
                "association, has launched an evaluation kit for its new family of micro-LED "
                "display driver chips. The kit includes a driver board, a small test panel and "
                "configuration software.</p>"
                "<p>The company said the kit is intended to shorten evaluation time for makers of "
                "fine-pitch displays used in control rooms, vehicles and wearable devices. The "
                "driver boards were produced with the support of the association's PCB members in "
                "Hunan.</p>"
                "<p>Members interested in the kit can contact the company directly or through the "
                "association secretariat.</p>"
            ),
            "zh_hans": (
                "<p>协会副会长单位深圳东方空间光电科技有限公司发布新一代Micro LED显示驱动芯片评估套"
                "件。该套件包括驱动板、小尺寸测试屏和配置软件。</p>"
                "<p>公司表示，该套件旨在帮助控制室、车载和可穿戴设备所用小间距显示屏的生产企业缩短"
                "评估周期。套件中的驱动板由协会在湖南的线路板会员企业协助生产。</p>"
                "<p>有意了解该套件的会员单位可直接联系该公司，也可通过协会秘书处联系。</p>"
            ),
        },
        "companies": ["shenzhen-east-space-light-technology"],
    },
    {
        "slug": "sic-power-module-roundtable-zhuzhou",
        "category": "ic-news",
        "published": "2025-06-25T15:00:00+08:00",
        "dateline_place": {"en": "Zhuzhou", "zh_hans": "株洲"},
        "title": {
            "en": "Zhuzhou Roundtable Discusses SiC Power Modules for New Energy Vehicles",
            "zh_hans": "株洲圆桌会议探讨新能源汽车碳化硅功率模块",
        },
        "summary": {
            "en": (
                "Power semiconductor, PCB and testing members met in Zhuzhou to discuss packaging, "
                "reliability testing and board design for silicon carbide power modules."
            ),
            "zh_hans": (
                "功率半导体、线路板及检测领域的会员企业在株洲座谈，围绕碳化硅功率模块的封装、"
                "可靠性测试和电路板设计进行交流。"
            ),
        },
        "body": {
            "en": (
                "<p>The association held a roundtable in Zhuzhou on silicon carbide (SiC) power "
                "modules for new energy vehicles and charging equipment. Participants included "
                "power device makers, heavy-copper PCB manufacturers and testing laboratories.</p>"
                "<p>The discussion focused on the higher switching speeds and operating "
                "temperatures of SiC devices, which call for low-inductance layouts, better "
                "insulation and new approaches to thermal management. Xiangtan Zhicheng Testing "
                "Technology presented power cycling test data and the common failure modes "
                "observed in its laboratory.</p>"
                "<p>Participants suggested that the association develop a group standard on test "
                "methods for PCBs used in high-voltage power modules.</p>"
            ),
            "zh_hans": (
                "<p>协会在株洲召开新能源汽车及充电设备用碳化硅（SiC）功率模块圆桌会议，"
                "功率器件企业、厚铜线路板制造企业和检测实验室代表参加。</p>"
                "<p>讨论聚焦于碳化硅器件开关速度更快、工作温度更高的特点，这对低电感布局、"
                "绝缘性能和热管理都提出了新的要求。湘潭智诚检测技术有限公司介绍了功率循环试验数据以"
                "及实验室中观察到的常见失效模式。</p>"
                "<p>与会代表建议协会牵头制定高压功率模块用印制电路板测试方法团体标准。</p>"
            ),
        },
        "companies": ["zhuzhou-hengrui-precision-circuits", "xiangtan-zhicheng-testing-technology"],
    },
]

PAGES = [
    {
        "slug": "about",
        "title": {"en": "About the Association", "zh_hans": "关于协会"},
        "body": {
            "en": (
                "<h2>Who we are</h2>"
                "<p>The HuNan Printed Circuit Association of China is a non-profit industry "
                "organization that brings together companies, research institutes and "
                "professionals working in printed circuit boards, semiconductors and electronics "
                "manufacturing. Founded in Changsha in 2006, the association is registered with "
                "the provincial civil affairs authorities and works under the guidance of the "
                "competent industry departments.</p>"
                "<p>Today the association has around 300 member units, ranging from PCB "
                "fabricators and materials suppliers to equipment makers, IC design houses, "
                "electronic assembly plants and testing laboratories. Most members are based in "
                "Hunan, and a growing number come from Guangdong, Jiangsu, Zhejiang, Hubei and "
                "other provinces that share supply chains with the region.</p>"
                "<h2>What we do</h2>"
                "<ul>"
                "<li>Industry research, statistics and market information for members</li>"
                "<li>Drafting and promoting group standards and good industry practice</li>"
                "<li>Technical training, skills competitions and talent exchange</li>"
                "<li>Trade fairs, study tours and business matchmaking in China and abroad</li>"
                "<li>Communication between companies and government departments on policy "
                "matters</li>"
                "</ul>"
                "<p>The association is governed by the general assembly of members and by a "
                "council elected every five years. Its secretariat in Changsha handles day-to-day "
                "work and welcomes inquiries from companies interested in joining or cooperating "
                "with the association.</p>"
            ),
            "zh_hans": (
                "<h2>协会简介</h2>"
                "<p>湖南省印制电路行业协会是由从事印制电路板、半导体及电子制造的企业、"
                "科研院所和专业人士自愿组成的非营利性行业组织。协会于2006年在长沙成立，"
                "经省民政部门登记注册，接受行业主管部门的业务指导。</p>"
                "<p>目前，协会拥有会员单位约300家，涵盖线路板制造、材料供应、设备制造、"
                "集成电路设计、电子组装和检测认证等领域。会员单位以湖南企业为主，来自广东、江苏、"
                "浙江、湖北等与湖南产业链联系紧密省份的会员也在逐年增加。</p>"
                "<h2>主要工作</h2>"
                "<ul>"
                "<li>开展行业调研与统计，为会员提供市场信息</li>"
                "<li>组织制定和推广团体标准及行业规范</li>"
                "<li>举办技术培训、职业技能竞赛和人才交流活动</li>"
                "<li>组织国内外展会、考察和商务对接活动</li>"
                "<li>搭建企业与政府部门之间的沟通桥梁，反映行业诉求</li>"
                "</ul>"
                "<p>协会的最高权力机构为会员大会，理事会每五年换届一次。协会秘书处设在长沙，"
                "负责日常工作，欢迎有意入会或开展合作的单位垂询。</p>"
            ),
        },
        "show_in_footer": False,
        "order": 1,
    },
    {
        "slug": "privacy-policy",
        "title": {"en": "Privacy Policy", "zh_hans": "隐私政策"},
        "body": {
            "en": (
                "<p>This policy explains how the HuNan Printed Circuit Association of China "
                "handles personal information collected through this website.</p>"
                "<h2>Information we collect</h2>"
                "<p>We collect personal information only when you choose to provide it:</p>"
                "<ul>"
                "<li>Contact form: your name, email address, phone number (optional), company and "
                "the content of your message.</li>"
                "<li>Membership application form: the name and contact details of the applicant's "
                "representative, information about the company, and any documents you upload to "
                "support the application.</li>"
                "</ul>"
                "<p>We do not collect sensitive personal information through this website. We do "
                "not use the information you provide for automated decision-making, and we never "
                "sell it to third parties.</p>"
                "<h2>How we use it</h2>"
                "<p>We use this information only to answer your inquiry, to process your "
                "membership application and to keep in touch with members about association "
                "activities. Access is limited to staff of the association secretariat who need it "
                "for these purposes.</p>"
                "<h2>Cookies</h2>"
                "<p>This website uses only two cookies: a language cookie that remembers whether "
                "you prefer English or Chinese, and a session cookie that the website needs to "
                "work securely, for example when you submit a form. We do not use advertising or "
                "third-party tracking cookies.</p>"
                "<h2>How long we keep it</h2>"
                "<p>Messages sent through the contact form are kept for up to two years. "
                "Information about membership applications is kept for as long as the membership "
                "lasts and for three years afterwards, or for one year if an application is not "
                "accepted. After these periods the information is deleted or anonymized.</p>"
                "<h2>Your rights and how to contact us</h2>"
                "<p>You may ask to access, correct or delete your personal information, or "
                "withdraw your consent, by writing to info@hnpca.example.org or by contacting the "
                "association secretariat during working hours. We will reply within 15 working "
                "days.</p>"
                "<p>This policy was last updated in January 2025.</p>"
            ),
            "zh_hans": (
                "<p>本政策说明湖南省印制电路行业协会（以下简称“协会”或“我们”）如何处理通过本网站收"
                "集的个人信息。</p>"
                "<h2>我们收集的信息</h2>"
                "<p>我们仅在您主动提供时收集个人信息：</p>"
                "<ul>"
                "<li>联系表单：您的姓名、电子邮箱、电话号码（选填）、所在单位及留言内容。</li>"
                "<li>入会申请表：申请单位联系人的姓名和联系方式、单位基本信息，以及您为申请上传的证"
                "明材料。</li>"
                "</ul>"
                "<p>我们不会通过本网站收集敏感个人信息，不会将您提供的信息用于自动化决策，"
                "也绝不会向任何第三方出售。</p>"
                "<h2>信息的使用</h2>"
                "<p>上述信息仅用于答复您的咨询、办理入会申请，以及就协会活动与会员保持联络。"
                "只有因上述目的确需使用的协会秘书处工作人员方可访问这些信息。</p>"
                "<h2>Cookie的使用</h2>"
                "<p>本网站仅使用两个Cookie：一个是语言Cookie，用于记住您选择的中文或英文界面；"
                "另一个是会话Cookie，用于保障网站安全运行，例如在您提交表单时使用。"
                "我们不使用广告类或第三方跟踪类Cookie。</p>"
                "<h2>保存期限</h2>"
                "<p>通过联系表单提交的留言最长保存两年。入会申请相关信息在会籍存续期间及会籍终止后"
                "三年内保存；申请未获通过的，保存一年。期限届满后，相关信息将被删除或作匿名化处理。"
                "</p>"
                "<h2>您的权利与联系方式</h2>"
                "<p>您可以发送邮件至info@hnpca.example.org，或在工作时间联系协会秘书处，申请查阅、"
                "更正或删除您的个人信息，或撤回您的同意。我们将在15个工作日内予以答复。</p>"
                "<p>本政策最近更新于2025年1月。</p>"
            ),
        },
        "show_in_footer": True,
        "order": 2,
    },
    {
        "slug": "contact-us",
        "title": {"en": "Contact Us", "zh_hans": "联系我们"},
        "body": {
            "en": (
                "<p>We welcome inquiries from member companies, prospective members, government "
                "departments, research institutes and the media. Call us during working hours or "
                "send us an email, and the association secretariat will reply as soon as possible. "
                "For questions about joining the association, please call the membership service "
                "line.</p>"
            ),
            "zh_hans": (
                "<p>欢迎会员单位、拟入会单位、政府部门、科研院所及新闻媒体与我们联系。"
                "您可在工作时间致电或发送电子邮件，协会秘书处将尽快答复。如需咨询入会事宜，"
                "请拨打会员服务电话。</p>"
            ),
        },
        "show_in_footer": True,
        "order": 3,
    },
]
