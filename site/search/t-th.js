briefingSearch.terms("th",{"than":[0,2,1,2],"then":[1,2],"think":[1,5],"those":[0,1],"thousands":[1,2],"threats":[1,5],"through":[0,1]});
