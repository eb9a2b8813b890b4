briefingSearch.terms("ga",{"gaining":[0,1],"garden":[0,1]});
